package jp.wardhub.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.organization.Staff;

/**
 * The bootstrap's refusals, on the demo database with its administrators switched off inside a transaction that is
 * rolled back (nothing a later test sees changes).
 */
@QuarkusTest
class AdminBootstrapRulesTest {

    @Inject
    AdminBootstrap bootstrap;

    private AdminBootstrap.Outcome withoutAdministrators(Optional<String> user, Optional<String> password,
            Optional<String> file) {
        QuarkusTransaction.begin();
        try {
            Staff.update("active = false where role = ?1", Role.ADMIN);
            return bootstrap.run(user, password, file);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void idleWhileAnActiveAdministratorExists() {
        assertEquals(AdminBootstrap.Outcome.IDLE,
                bootstrap.run(Optional.of("another-admin"), Optional.of("a-long-enough-password"), Optional.empty()));
        assertEquals(0, Staff.count("username", "another-admin"));
    }

    @Test
    void aShortOrMissingPasswordIsRefused() {
        assertEquals(AdminBootstrap.Outcome.REFUSED,
                withoutAdministrators(Optional.of("boot"), Optional.of("short"), Optional.empty()));
        assertEquals(AdminBootstrap.Outcome.REFUSED,
                withoutAdministrators(Optional.of("boot"), Optional.empty(), Optional.empty()));
        assertEquals(AdminBootstrap.Outcome.REFUSED,
                withoutAdministrators(Optional.of("boot"), Optional.empty(), Optional.of("/nonexistent/secret")));
    }

    @Test
    void anExistingAccountWithAnotherRoleIsNeverPromoted() {
        assertEquals(AdminBootstrap.Outcome.REFUSED,
                withoutAdministrators(Optional.of("chuo"), Optional.of("a-long-enough-password"), Optional.empty()));
    }

    @Test
    void thePasswordMayComeFromAFile() throws Exception {
        Path file = Files.createTempFile("admin", ".secret");
        Files.writeString(file, "from-a-file-secret\n");
        QuarkusTransaction.begin();
        try {
            Staff.update("active = false where role = ?1", Role.ADMIN);
            assertEquals(AdminBootstrap.Outcome.CREATED,
                    bootstrap.run(Optional.of("file-admin"), Optional.empty(), Optional.of(file.toString())));
            Staff created = Staff.find("username", "file-admin").firstResult();
            assertEquals(Role.ADMIN, created.role);
            assertEquals(true, created.passwordChangeRequired);
            assertEquals(true,
                    io.quarkus.elytron.security.common.BcryptUtil.matches("from-a-file-secret", created.passwordHash));
        } finally {
            QuarkusTransaction.rollback();
            Files.deleteIfExists(file);
        }
    }
}
