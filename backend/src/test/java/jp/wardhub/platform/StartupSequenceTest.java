package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.smallrye.config.SmallRyeConfigBuilder;
import jp.wardhub.auth.TokenKeyCheck;
import jp.wardhub.platform.StartupSequence.Check;

class StartupSequenceTest {

    private final List<String> done = new ArrayList<>();

    @Test
    void theKeysAreCheckedBeforeTheDatabaseIsCleanedAndMigrated() {
        String refusal = StartupSequence.run(List.of(new Check("token keys", () -> done.add("keys"))),
                () -> done.add("clean"), () -> done.add("migrate"));
        assertNull(refusal);
        assertEquals(List.of("keys", "clean", "migrate"), done);
    }

    @Test
    void aFailedKeyCheckLeavesTheDatabaseUntouchedAndSaysWhyInOneLine() {
        String refusal = StartupSequence.run(List.of(new Check("token keys", () -> {
            done.add("keys");
            TokenKeyCheck.check(new SmallRyeConfigBuilder().build());
        })), () -> done.add("clean"), () -> done.add("migrate"));
        assertEquals(List.of("keys"), done);
        assertTrue(refusal.startsWith("WardHub will not start (token keys): no token keys configured"), refusal);
        assertTrue(refusal.contains("SMALLRYE_JWT_SIGN_KEY_LOCATION"), refusal);
        assertTrue(!refusal.contains("\n"), "one line: " + refusal);
    }

    @Test
    void withoutCleanOnlyTheMigrationRuns() {
        assertNull(StartupSequence.run(List.of(new Check("token keys", () -> done.add("keys"))), null,
                () -> done.add("migrate")));
        assertEquals(List.of("keys", "migrate"), done);
    }
}
