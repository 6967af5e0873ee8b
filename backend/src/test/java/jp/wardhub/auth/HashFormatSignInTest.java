package jp.wardhub.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.wardhub.organization.Staff;

/**
 * Accounts and partner clients whose stored bcrypt hash was made by other tools ({@code $2a$}, {@code $2b$},
 * {@code $2y$}) sign in; a stored value that is no bcrypt hash refuses sign-in with a plain 401, never a 500. The
 * hashes were made with libxcrypt (glibc {@code crypt}), an implementation independent of the one the service uses.
 */
@QuarkusTest
class HashFormatSignInTest {

    static final String PASSWORD = "wardhub-demo";
    /** 120 characters, 360 bytes in UTF-8: longer than bcrypt's 72 bytes and than the 255 at which old $2a$ wrapped. */
    static final String LONG_PASSWORD = "区政ハブ".repeat(30);

    static final Map<String, String> STAFF_HASHES = Map.of(
            "hash-2a", "$2a$04$txysrAqXZsoPpQDwQaR4rOwFKwiuIn6PfLlvHuCU9c.qLGtWEn26y",
            "hash-2b", "$2b$04$aj01iv2bZNMMEw5zCibX7ORFtToBfsqINDVdzW8rnEFzkJri37zyq",
            "hash-2y", "$2y$04$mA3ZVABKIkrCvT6zNksuYO96lLdwhCtLLSUD.Sjf7.ueByul73tD2",
            "hash-long", "$2b$04$4YsY/fbMs1Q8XqTIbvSqSuLYl3TS6Qw.BTCxCwt7hCyml5aROZrDC",
            "hash-plain", "wardhub-demo",
            "hash-cut", "$2b$04$aj01iv2bZNMMEw5zCibX7ORFtToBf",
            "hash-bad-chars", "$2b$04$!!01iv2bZNMMEw5zCibX7ORFtToBfsqINDVdzW8rnEFzkJri37zyq");

    static final Map<String, String> CLIENT_HASHES = Map.of(
            "hash-client-2b", "$2b$04$4YsY/fbMs1Q8XqTIbvSqSuuuLJoqdxRUfyeOrVY9EZ6tdc6ZtcodG",
            "hash-client-2y", "$2y$05$4YsY/fbMs1Q8XqTIbvSqSuaGlQ939Us/8R1kWZNHwR53RNFPmncpi",
            "hash-client-bad", "{noop}a-partner-secret");

    @BeforeEach
    @Transactional
    void accountsWithForeignHashes() {
        STAFF_HASHES.forEach((username, hash) -> {
            Staff s = Staff.<Staff>find("username", username).firstResultOptional().orElseGet(Staff::new);
            s.username = username;
            s.displayName = "ハッシュ 確認";
            s.role = Role.FLOOR; // a role no notification goes to, so other tests see no difference
            s.wardCode = "431010";
            s.passwordHash = hash;
            s.persist();
        });
        CLIENT_HASHES.forEach((clientId, hash) -> {
            PartnerClient c = PartnerClient.<PartnerClient>findByIdOptional(clientId).orElseGet(PartnerClient::new);
            c.clientId = clientId;
            c.name = "ハッシュ確認システム";
            c.scopes = "catalogue:read";
            c.secretHash = hash;
            c.persist();
        });
        LoginFailure.deleteAll();
    }

    /** Gone after each test, so that account lists elsewhere stay as the demo data makes them. */
    @AfterEach
    @Transactional
    void removeThem() {
        Staff.delete("username in ?1", STAFF_HASHES.keySet());
        PartnerClient.delete("clientId in ?1", CLIENT_HASHES.keySet());
        LoginFailure.deleteAll();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "hash-2a", "hash-2b", "hash-2y" })
    void everyBcryptPrefixSignsIn(String username) {
        login(username, PASSWORD).then().statusCode(200).body("user.username", equalTo(username));
        login(username, "wardhub-demO").then().statusCode(401)
                .body("type", equalTo(AuthService.BAD_CREDENTIALS.type().toString()));
    }

    @Test
    void aLongMultibytePasswordHashedAs2bSignsIn() {
        login("hash-long", LONG_PASSWORD).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "hash-plain", "hash-cut", "hash-bad-chars" })
    void aStoredValueThatIsNoBcryptHashIsAPlain401(String username) {
        login(username, PASSWORD).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(AuthService.BAD_CREDENTIALS.type().toString()));
        login(username, STAFF_HASHES.get(username)).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "hash-client-2b", "hash-client-2y" })
    void partnerClientsWithEitherPrefixGetATokenAndAWrongSecretIs401(String clientId) {
        token(clientId, "a-partner-secret").then().statusCode(200).body("scope", equalTo("catalogue:read"));
        token(clientId, "a-partner-secreT").then().statusCode(401)
                .body("type", equalTo(AuthService.INVALID_CLIENT.type().toString()));
    }

    @Test
    void aClientWhoseStoredSecretIsNoBcryptHashIsAPlain401() {
        token("hash-client-bad", "a-partner-secret").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(AuthService.INVALID_CLIENT.type().toString()));
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    private static Response token(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/token");
    }
}
