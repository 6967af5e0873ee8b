package jp.wardhub.platform;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jp.wardhub.testing.Accounts;
import jp.wardhub.testing.SendsInvalidRequests;

/** Every kind of bad input gets its problem response and changes nothing. */
@SendsInvalidRequests
@QuarkusTest
class BadInputTest {

    private static final String VALID_OFFICE = """
            {"type":"COMMUNITY_HALL","wardCode":"431010","nameJa":"花畑公民館","nameKana":"はなばたけこうみんかん",
             "nameEn":"Hanabata Community Hall","address":"熊本県熊本市中央区花畑町1-1"}""";

    private long officesBefore;
    private long auditBefore;

    @BeforeEach
    void countRecords() {
        officesBefore = officeCount();
        auditBefore = auditCount();
    }

    @AfterEach
    void nothingChanged() {
        assertEquals(officesBefore, officeCount(), "offices");
        assertEquals(auditBefore, auditCount(), "audit entries");
    }

    @Test
    void malformedJsonIsAMalformedRequest() {
        as("admin").contentType(ContentType.JSON).body("{\"type\": \"COMMUNITY_HALL\",").post("/api/v1/offices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.MALFORMED.type().toString()))
                .body("requestId", notNullValue());
    }

    @Test
    void wrongContentTypeIs415() {
        as("admin").contentType(ContentType.XML).body("<office/>").post("/api/v1/offices")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void wrongEnumValueNamesTheFieldAndTheAllowedValues() {
        as("admin").contentType(ContentType.JSON).body(VALID_OFFICE.replace("COMMUNITY_HALL", "CASTLE"))
                .post("/api/v1/offices")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].rule", equalTo("Enum"))
                .body("errors[0].message", containsString("WARD_OFFICE"));
    }

    @Test
    void missingRequiredFieldIsNamed() {
        as("admin").contentType(ContentType.JSON).body(VALID_OFFICE.replace("\"nameJa\":\"花畑公民館\",", ""))
                .post("/api/v1/offices")
                .then().statusCode(400)
                .body("errors.field", hasItem("nameJa"))
                .body("errors.rule", hasItem("NotBlank"));
    }

    @Test
    void unknownPropertyIsNamed() {
        as("admin").contentType(ContentType.JSON).body(VALID_OFFICE.replace("{", "{\"isAdmin\":true,"))
                .post("/api/v1/offices")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("isAdmin"))
                .body("errors[0].rule", equalTo("UnknownProperty"));
    }

    @Test
    void aHundredThousandCharacterNameIsRefused() {
        String huge = "区".repeat(100_000);
        as("admin").contentType(ContentType.JSON).body(VALID_OFFICE.replace("花畑公民館", huge)).post("/api/v1/offices")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("nameJa"))
                .body("errors[0].rule", equalTo("Size"));
    }

    @Test
    void bodyOverOneMegabyteIs413() {
        as("admin").contentType(ContentType.JSON).body("[" + "0,".repeat(600_000) + "0]").post("/api/v1/offices")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.PAYLOAD_TOO_LARGE.type().toString()));
    }

    @Test
    void pageSizeOverTheCapNamesSize() {
        given().get("/api/v1/offices?size=" + (PageRequest.MAX_SIZE + 1)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size")).body("errors[0].rule", equalTo("Range"));
        given().get("/api/v1/offices?size=10000").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void negativePageNamesPage() {
        given().get("/api/v1/offices?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void pageThatIsNotANumberNamesPageRatherThanBeingA404() {
        given().get("/api/v1/offices?page=abc").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page")).body("errors[0].rule", equalTo("Integer"));
        given().get("/api/v1/offices?size=1.5").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void unknownOfficeIs404() {
        given().get("/api/v1/offices/987654").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.NOT_FOUND.type().toString()));
    }

    @Test
    void expiredTokenIs401() {
        String expired = Jwt.upn("admin").groups(Set.of("ADMIN")).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign();
        given().auth().oauth2(expired).contentType(ContentType.JSON).body(VALID_OFFICE).post("/api/v1/offices")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo(ProblemType.UNAUTHORIZED.type().toString()));
    }

    @Test
    void tamperedTokenIs401() {
        String[] parts = Accounts.token("chuo").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"WARD\"", "\"ADMIN\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(VALID_OFFICE).post("/api/v1/offices")
                .then().statusCode(401);
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String payload = Accounts.token("admin").split("\\.")[1];
        given().auth().oauth2(header + "." + payload + ".").contentType(ContentType.JSON).body(VALID_OFFICE)
                .post("/api/v1/offices")
                .then().statusCode(401);
    }

    private static long officeCount() {
        return given().get("/api/v1/offices?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static long auditCount() {
        return as("admin").get("/api/v1/audit?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
