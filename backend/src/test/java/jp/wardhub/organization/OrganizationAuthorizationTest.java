package jp.wardhub.organization;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.testing.Seeded.office;
import static jp.wardhub.testing.Seeded.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The registry's authorization matrix: every write (and admin-only read) × every role, with ward staff of the office's
 * own ward and of another ward. Only administrators pass; anonymous callers get 401, everyone else 403, and a denied
 * write changes nothing.
 */
@QuarkusTest
class OrganizationAuthorizationTest {

    /** 中央区役所 belongs to chuo's ward and not to kita's. */
    private static final String CHUO_WARD_OFFICE = "中央区役所";

    record Write(String name, BiFunction<RequestSpecification, String, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Write> WRITES = List.of(
            new Write("POST /offices", (spec, u) -> spec.contentType(ContentType.JSON)
                    .body(OfficeResourceTest.office("権限確認公民館")).post("/api/v1/offices")),
            new Write("PUT /offices/{own ward}",
                    (spec, u) -> spec.header("If-Match", etag("/api/v1/offices/" + office(CHUO_WARD_OFFICE)))
                            .contentType(ContentType.JSON).body(chuoWardOffice())
                            .put("/api/v1/offices/" + office(CHUO_WARD_OFFICE))),
            new Write("POST /bureaus", (spec, u) -> spec.contentType(ContentType.JSON)
                    .body(bureau("authz-" + u + "-" + shortId(), "権限確認局")).post("/api/v1/bureaus")),
            new Write("PUT /bureaus/{code}", (spec, u) -> spec.header("If-Match", etag("/api/v1/bureaus/environment"))
                    .contentType(ContentType.JSON).body(environmentBureau()).put("/api/v1/bureaus/environment")),
            new Write("POST /staff", (spec, u) -> spec.contentType(ContentType.JSON)
                    .body(StaffResourceTest.wardStaff("authz-" + shortId())).post("/api/v1/staff")),
            new Write("PUT /staff/{id}", (spec, u) -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                    .body(StaffResourceTest.wardStaff("kita").replace("\"431010\"", "\"431052\"")
                            .replace("\"password\":\"a-long-enough-password\",", "").replace("試験 職員", "北 次郎"))
                    .put("/api/v1/staff/" + staff("kita"))),
            new Write("GET /staff", (spec, u) -> spec.get("/api/v1/staff")),
            new Write("POST /staff/{id}/unlock", (spec, u) -> spec.post("/api/v1/staff/" + staff("kita") + "/unlock")),
            new Write("POST /staff/{id}/reset-password", (spec, u) -> spec.header("If-Match", "*")
                    .post("/api/v1/staff/" + StaffResourceTest.createWardStaff("authz-" + shortId())
                            + "/reset-password")),
            new Write("GET /audit", (spec, u) -> spec.get("/api/v1/audit")),
            new Write("GET /audit/export.csv", (spec, u) -> spec.get("/api/v1/audit/export.csv?actor=nobody")));

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Write write : WRITES) {
            cases.add(Arguments.of(write, null, 401));
            for (String denied : new String[] { "hq", "chuo", "kita", "chuo-floor", "chuo-liaison", "partner" }) {
                cases.add(Arguments.of(write, denied, 403));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void onlyAdministratorsManageTheRegistry(Write write, String caller, int expected) {
        String officeBefore = etag("/api/v1/offices/" + office(CHUO_WARD_OFFICE));
        String bureauBefore = etag("/api/v1/bureaus/environment");
        write.call().apply(as(caller), String.valueOf(caller)).then().statusCode(expected)
                .contentType("application/problem+json");
        Assertions.assertEquals(officeBefore, etag("/api/v1/offices/" + office(CHUO_WARD_OFFICE)), "office unchanged");
        Assertions.assertEquals(bureauBefore, etag("/api/v1/bureaus/environment"), "bureau unchanged");
    }

    static Stream<Write> writes() {
        return WRITES.stream();
    }

    @ParameterizedTest(name = "{0} as admin")
    @MethodSource("writes")
    void administratorsMayDoEachWrite(Write write) {
        int status = write.call().apply(as("admin"), "admin").then().extract().statusCode();
        Assertions.assertTrue(status == 200 || status == 201, write.name() + " gave " + status);
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String chuoWardOffice() {
        return """
                {"type":"WARD_OFFICE","wardCode":"431010","nameJa":"中央区役所","nameKana":"ちゅうおうくやくしょ",
                 "nameEn":"Chuo Ward Office","postalCode":"860-8601","address":"熊本県熊本市中央区手取本町1-1",
                 "phone":"096-328-2111","latitude":32.8031,"longitude":130.7079}""";
    }

    private static String environmentBureau() {
        return bureau("environment", "環境局").replace("\"sections\":[]",
                "\"sections\":[{\"code\":\"environment-policy\",\"nameJa\":\"環境政策課\",\"nameEn\":\"Environment Policy Section\"},"
                        + "{\"code\":\"waste-management\",\"nameJa\":\"廃棄物計画課\",\"nameEn\":\"Waste Management Section\"}]");
    }

    static String bureau(String code, String nameJa) {
        return """
                {"code":"%s","nameJa":"%s","nameEn":"Test Bureau","sortOrder":7,"sections":[]}""".formatted(code,
                nameJa);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
