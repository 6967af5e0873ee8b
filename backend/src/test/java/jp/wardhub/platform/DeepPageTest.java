package jp.wardhub.platform;

import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.testing.Seeded.program;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.testing.SendsInvalidRequests;

/** A page far past the end is a 400 naming {@code page} on every list, never an overflowed offset (500). */
@SendsInvalidRequests
@QuarkusTest
class DeepPageTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/offices", "/api/v1/staff", "/api/v1/duties", "/api/v1/procedures", "/api/v1/faqs",
        "/api/v1/voices", "/api/v1/proposals", "/api/v1/consultations", "/api/v1/notifications", "/api/v1/audit",
        "/api/v1/community/groups", "/api/v1/community/programs", "/api/v1/community/programs/{chuo}/applications",
        "/api/v1/community/projects", "/api/v1/community/meetings" })
    void aPageWhoseOffsetOverflowsIsA400NamingPage(String path) {
        String list = path.replace("{chuo}", String.valueOf(program("中央区地域づくり活動補助金（サンプル）")));
        as("admin").get(list + "?page=21474837&size=100").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        as("admin").get(list + "?page=10000&size=100").then().statusCode(400).body("errors[0].field", equalTo("page"));
        as("admin").get(list + "?page=9999&size=100").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/offices", "/api/v1/procedures", "/api/v1/faqs", "/api/v1/community/projects",
        "/api/v1/public/voices", "/api/v1/public/proposals" })
    void anonymousListsToo(String list) {
        as(null).get(list + "?page=21474837&size=100").then().statusCode(400).body("errors[0].field", equalTo("page"));
        as(null).get(list + "?page=2147483647").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}
