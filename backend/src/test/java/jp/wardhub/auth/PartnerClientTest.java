package jp.wardhub.auth;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.testing.SendsInvalidRequests;

/** Administrators register partner systems, rotate their secrets and revoke them through the API, without SQL. */
@QuarkusTest
class PartnerClientTest {

    static String newClientId() {
        return "pc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> input(String clientId, List<String> scopes) {
        return Map.of("clientId", clientId, "name", "試験連携システム", "scopes", scopes);
    }

    static ExtractableResponse<Response> create(String clientId) {
        return as("admin").contentType(ContentType.JSON)
                .body(input(clientId, List.of("voices:write", "catalogue:read")))
                .post("/api/v1/partner-clients").then().statusCode(201).extract();
    }

    static String token(String clientId, String secret) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("access_token");
    }

    private static void tokenRefused(String clientId, String secret) {
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/api/v1/auth/token").then().statusCode(401);
    }

    @Test
    void aRegisteredClientGetsItsSecretOnceAndSignsInWithIt() {
        String id = newClientId();
        var created = as("admin").contentType(ContentType.JSON)
                .body(input(id, List.of("voices:write", "catalogue:read")))
                .post("/api/v1/partner-clients").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/partner-clients/" + id))
                .header("ETag", notNullValue())
                .body("clientId", equalTo(id)).body("scopes", equalTo(List.of("catalogue:read", "voices:write")))
                .body("active", equalTo(true)).body("clientSecret", notNullValue())
                .body("$", not(hasKey("secretHash"))).extract();
        String secret = created.path("clientSecret");
        String token = token(id, secret);
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("role", equalTo("PARTNER"))
                .body("scopes", equalTo(List.of("catalogue:read", "voices:write")));

        as("admin").get("/api/v1/partner-clients/" + id).then().statusCode(200).body("$", not(hasKey("clientSecret")));
        String list = as("admin").get("/api/v1/partner-clients?size=100").then().statusCode(200)
                .body("items.clientId", hasItem(id)).extract().asString();
        assertFalse(list.contains(secret), "the list never shows a secret");
        String audit = as("admin").get("/api/v1/audit?entity=partner-client&id=" + id).then().statusCode(200)
                .body("items.action", hasItem("create")).extract().asString();
        assertFalse(audit.contains(secret), "the audit trail never holds a secret");
    }

    @Test
    void anIdempotentReplayAnswersTheSameClientWithoutTheSecret() {
        String id = newClientId();
        String key = "pc-key-" + id;
        as("admin").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(input(id, List.of("catalogue:read")))
                .post("/api/v1/partner-clients").then().statusCode(201).body("clientSecret", notNullValue());
        as("admin").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(input(id, List.of("catalogue:read")))
                .post("/api/v1/partner-clients").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("clientId", equalTo(id)).body("clientSecret", nullValue());
        as("admin").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(input(id, List.of("voices:write")))
                .post("/api/v1/partner-clients").then().statusCode(422);
    }

    @SendsInvalidRequests
    @Test
    void anUnknownScopeIs400NamingTheField() {
        as("admin").contentType(ContentType.JSON)
                .body(input(newClientId(), List.of("catalogue:read", "everything:write")))
                .post("/api/v1/partner-clients").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("scopes[1]"));
        as("admin").contentType(ContentType.JSON).body(input(newClientId(), List.of()))
                .post("/api/v1/partner-clients").then().statusCode(400).body("errors[0].field", equalTo("scopes"));
        as("admin").contentType(ContentType.JSON).body(input("Bad Id!", List.of("catalogue:read")))
                .post("/api/v1/partner-clients").then().statusCode(400).body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void aTakenClientIdIs409() {
        as("admin").contentType(ContentType.JSON).body(input("city-web", List.of("catalogue:read")))
                .post("/api/v1/partner-clients").then().statusCode(409)
                .body("type", equalTo(PartnerClientService.CLIENT_ID_TAKEN.type().toString()));
    }

    @SendsInvalidRequests
    @Test
    void rotationRefusesTheOldSecretAndTheOldTokensAtTheNextRequest() {
        String id = newClientId();
        var created = create(id);
        String oldSecret = created.path("clientSecret");
        String oldToken = token(id, oldSecret);

        as("admin").post("/api/v1/partner-clients/" + id + "/rotate-secret").then().statusCode(428);
        as("admin").header("If-Match", "\"99\"").post("/api/v1/partner-clients/" + id + "/rotate-secret").then()
                .statusCode(412);
        String newSecret = as("admin").header("If-Match", created.header("ETag"))
                .post("/api/v1/partner-clients/" + id + "/rotate-secret").then().statusCode(200)
                .header("ETag", not(equalTo(created.header("ETag")))).body("clientSecret", notNullValue())
                .extract().path("clientSecret");

        given().auth().oauth2(oldToken).get("/api/v1/me").then().statusCode(401)
                .body("type", equalTo(ProblemType.UNAUTHORIZED.type().toString()));
        tokenRefused(id, oldSecret);
        given().auth().oauth2(token(id, newSecret)).get("/api/v1/me").then().statusCode(200);
        as("admin").get("/api/v1/audit?entity=partner-client&id=" + id).then().body("items.action",
                hasItem("rotate-secret"));
    }

    @Test
    void revocationRefusesTheClientsTokensAndNewOnes() {
        String id = newClientId();
        var created = create(id);
        String secret = created.path("clientSecret");
        String oldToken = token(id, secret);

        as("admin").header("If-Match", created.header("ETag")).post("/api/v1/partner-clients/" + id + "/revoke")
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(oldToken).get("/api/v1/me").then().statusCode(401);
        tokenRefused(id, secret);
        String etag = as("admin").get("/api/v1/partner-clients/" + id).then().extract().header("ETag");
        as("admin").header("If-Match", etag).post("/api/v1/partner-clients/" + id + "/rotate-secret").then()
                .statusCode(409);
        as("admin").get("/api/v1/audit?entity=partner-client&id=" + id).then().body("items.action", hasItem("revoke"));
    }

    @Test
    void anUnknownClientIs404() {
        as("admin").header("If-Match", "\"0\"").post("/api/v1/partner-clients/no-such-client/revoke").then()
                .statusCode(404);
    }
}
