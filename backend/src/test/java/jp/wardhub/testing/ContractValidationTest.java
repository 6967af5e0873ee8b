package jp.wardhub.testing;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The contract check is on for every REST Assured call: what openapi.yaml does not allow fails the test. */
@QuarkusTest
class ContractValidationTest {

    private static final String OFFICE_WITH_AN_UNKNOWN_FIELD = """
            {"type":"COMMUNITY_HALL","wardCode":"431010","nameJa":"契約公民館","nameKana":"けいやくこうみんかん",
             "nameEn":"Contract Hall","address":"熊本県熊本市中央区手取本町1-1","colour":"red"}""";

    @Test
    void aPathTheContractDoesNotDeclareFails() {
        var e = assertThrows(OpenApiValidationException.class, () -> given().get("/api/v1/no-such-list"));
        assertTrue(e.getMessage().contains("no-such-list"), e.getMessage());
    }

    @Test
    void aBodyTheContractForbidsFailsTheTestThatSentIt() {
        var e = assertThrows(OpenApiValidationException.class,
                () -> as("admin").contentType(ContentType.JSON).body(OFFICE_WITH_AN_UNKNOWN_FIELD)
                        .post("/api/v1/offices"));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void aQueryWrittenIntoThePathIsCheckedToo() {
        var e = assertThrows(OpenApiValidationException.class, () -> as("admin").get("/api/v1/offices?size=abc"));
        assertTrue(e.getMessage().contains("size"), e.getMessage());
    }

    @Test
    @SendsInvalidRequests
    void aTestThatSendsItOnPurposeHasOnlyTheAnswerChecked() {
        as("admin").contentType(ContentType.JSON).body(OFFICE_WITH_AN_UNKNOWN_FIELD).post("/api/v1/offices")
                .then().statusCode(400);
    }
}
