package jp.wardhub.testing;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Signs in the demo accounts when a token is needed and hands out request specs that carry their tokens. A token is
 * reused until half its lifetime has passed ({@link TokenCache}): a long or slow suite never sends an expired one.
 */
public final class Accounts {

    public static final String PASSWORD = "wardhub-demo";
    public static final String CHUO = "431010";
    public static final String KITA = "431052";

    private static final String PARTNER = "partner:city-web";
    /** The demo kiosk (発券機) of 中央区役所: a device client with scope queue:issue. */
    private static final String KIOSK = "partner:chuo-kiosk";
    private static final TokenCache TOKENS = new TokenCache(Accounts::fetch, Clock.systemUTC());

    private Accounts() {
    }

    public static String token(String username) {
        return TOKENS.get(username);
    }

    public static String partnerToken() {
        return TOKENS.get(PARTNER);
    }

    private static String fetch(String who) {
        if (who.startsWith("partner:")) {
            return given().contentType(ContentType.URLENC)
                    .formParam("grant_type", "client_credentials")
                    .formParam("client_id", who.substring("partner:".length()))
                    .formParam("client_secret", "wardhub-demo-secret")
                    .post("/api/v1/auth/token")
                    .then().statusCode(200).extract().path("access_token");
        }
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", who, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then().statusCode(200).extract().path("accessToken");
    }

    /**
     * A request as the given demo account ({@code null} for anonymous, {@code "partner"} for the partner client,
     * {@code "kiosk"} for 中央区役所's kiosk).
     */
    public static RequestSpecification as(String username) {
        RequestSpecification spec = given();
        if (username == null) {
            return spec;
        }
        String token = switch (username) {
            case "partner" -> partnerToken();
            case "kiosk" -> TOKENS.get(KIOSK);
            default -> token(username);
        };
        return spec.auth().oauth2(token);
    }
}
