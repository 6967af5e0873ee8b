package jp.wardhub.usage;

import static jp.wardhub.usage.UsageUploads.PATH;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import jp.wardhub.testing.AuthorizationMatrix;
import jp.wardhub.testing.AuthorizationMatrix.Write;

/**
 * Who imports and who reads channel usage figures: HQ staff and administrators import and read every ward; ward staff
 * read their own ward (also when they name no ward), never another; floor managers, liaison staff and partner systems
 * nothing.
 */
@QuarkusTest
class ChannelUsageAuthorizationTest {

    private static final List<String> EVERYONE = List.of("admin", "hq", "chuo", "kita", "chuo-floor", "chuo-liaison",
            "partner", "kiosk");
    private static final byte[] FILE = "年月,区コード,手続きコード,件数\n2032-01,431010,juminhyo-copy,1\n"
            .getBytes(StandardCharsets.UTF_8);

    static final List<Write> CALLS = List.of(
            new Write("POST /counter-stats/channel-usage", spec -> spec.config(RestAssuredConfig.config()
                    .encoderConfig(EncoderConfig.encoderConfig()
                            .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                    .contentType("text/csv").body(FILE).post(PATH), List.of("admin", "hq")),
            new Write("GET /counter-stats/channel-usage (all wards)", spec -> spec.get(PATH),
                    List.of("admin", "hq", "chuo", "kita")),
            new Write("GET /counter-stats/channel-usage?ward={中央}", spec -> spec.get(PATH + "?ward=431010"),
                    List.of("admin", "hq", "chuo")),
            new Write("GET /counter-stats/channel-usage?ward={北}", spec -> spec.get(PATH + "?ward=431052"),
                    List.of("admin", "hq", "kita")),
            new Write("GET /counter-stats/channel-usage/export.csv?ward={中央}",
                    spec -> spec.get(PATH + "/export.csv?ward=431010"), List.of("admin", "hq", "chuo")),
            new Write("GET /counter-stats/channel-usage/export.csv?ward={北}",
                    spec -> spec.get(PATH + "/export.csv?ward=431052"), List.of("admin", "hq", "kita")));

    static Stream<Arguments> cases() {
        return AuthorizationMatrix.cases(CALLS, EVERYONE);
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cases")
    void matrix(Write call, String who, int expected) {
        AuthorizationMatrix.check(call, who, expected);
    }
}
