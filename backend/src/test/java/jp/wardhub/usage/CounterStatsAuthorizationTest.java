package jp.wardhub.usage;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.testing.Accounts;
import jp.wardhub.testing.AuthorizationMatrix;
import jp.wardhub.testing.AuthorizationMatrix.Write;
import jp.wardhub.testing.Seeded;

/**
 * Both statistics endpoints × every role: administrators and HQ staff read every office; ward staff (chuo, kita)
 * their own ward's, also by default; floor managers, liaison staff, partner systems and the kiosk never. Anonymous
 * callers get 401.
 */
@QuarkusTest
class CounterStatsAuthorizationTest {

    private static final List<String> EVERYONE = List.of("admin", "hq", "chuo", "kita", "chuo-floor", "chuo-liaison",
            "partner", "kiosk");
    private static final String RANGE = "from=2026-11-01&to=2026-11-28";

    static final List<Write> READS = Stream.of("/api/v1/counter-stats", "/api/v1/counter-stats/export.csv")
            .flatMap(path -> Stream.of(
                    new Write("GET " + path + " (own ward by default)", spec -> spec.get(path + "?" + RANGE),
                            List.of("admin", "hq", "chuo", "kita")),
                    new Write("GET " + path + "?office={中央}", spec -> spec.get(path + "?" + RANGE + "&office="
                            + Seeded.office("中央区役所")), List.of("admin", "hq", "chuo")),
                    new Write("GET " + path + "?ward=中央区", spec -> spec.get(path + "?" + RANGE + "&ward="
                            + Accounts.CHUO), List.of("admin", "hq", "chuo")),
                    new Write("GET " + path + "?ward=北区&groupBy=office", spec -> spec.get(path + "?" + RANGE
                            + "&groupBy=office&ward=" + Accounts.KITA), List.of("admin", "hq", "kita"))))
            .toList();

    static Stream<Arguments> matrix() {
        return AuthorizationMatrix.cases(READS, EVERYONE);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyAdministratorsHqAndTheWardsOwnStaffRead(Write read, String who, int expected) {
        AuthorizationMatrix.check(read, who, expected);
    }
}
