package jp.wardhub.auth;

import static jp.wardhub.auth.ForwardedFor.login;
import static jp.wardhub.auth.ForwardedFor.token;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Behind a trusted proxy (here 127.0.0.1, the test client itself) {@code X-Forwarded-For} is the client's address:
 * each address is counted on its own, failures from one address lock the account only there, and the per-account
 * ceiling still stops guessing spread over many addresses.
 */
@QuarkusTest
@TestProfile(TrustedProxyThrottleTest.ForwardingFromTrustedProxy.class)
class TrustedProxyThrottleTest {

    public static class ForwardingFromTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return ForwardedFor.forwardingTrusting("127.0.0.1");
        }
    }

    @BeforeEach
    @AfterEach
    @Transactional
    void forgetFailures() {
        LoginFailure.deleteAll();
    }

    @Test
    void eachForwardedAddressIsCountedSeparately() {
        for (int i = 1; i <= 20; i++) {
            login("198.51.100.1", "someone-" + i, "wrong").then().statusCode(401);
        }
        login("198.51.100.1", "kita", "wardhub-demo").then().statusCode(429).header("Retry-After", notNullValue());
        login("198.51.100.2", "kita", "wardhub-demo").then().statusCode(200);
    }

    @Test
    void fiveFailuresLockTheAccountOnlyFromThatAddress() {
        for (int i = 0; i < 5; i++) {
            login("203.0.113.66", "admin", "guess-" + i).then().statusCode(401);
        }
        login("203.0.113.66", "admin", "wardhub-demo").then().statusCode(429).header("Retry-After", notNullValue());
        login("198.51.100.7", "admin", "wardhub-demo").then().statusCode(200);
    }

    @Test
    void theAccountCeilingStopsGuessingSpreadOverManyAddresses() {
        for (int address = 1; address <= 10; address++) {
            for (int i = 0; i < 5; i++) {
                login("203.0.113." + address, "hq-seisaku", "guess-" + i).then().statusCode(401);
            }
        }
        login("198.51.100.8", "hq-seisaku", "wardhub-demo").then().statusCode(429).header("Retry-After",
                notNullValue());
    }

    @Test
    void wrongClientSecretsFromOneAddressDoNotLockTheClientOutElsewhere() {
        for (int i = 0; i < 5; i++) {
            token("203.0.113.77", "city-web", "guess-" + i).then().statusCode(401);
        }
        token("203.0.113.77", "city-web", "wardhub-demo-secret").then().statusCode(429);
        token("198.51.100.9", "city-web", "wardhub-demo-secret").then().statusCode(200);
    }
}
