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
 * Forwarding is on but this client (127.0.0.1) is not a trusted proxy: whatever {@code X-Forwarded-For} it sends is
 * ignored, so spoofed addresses neither escape the per-address limit nor land failures on somebody else's address.
 */
@QuarkusTest
@TestProfile(UntrustedProxyThrottleTest.ForwardingFromUntrustedProxy.class)
class UntrustedProxyThrottleTest {

    /** Forwarded headers are honoured only from 192.0.2.10 (a documentation address nobody here uses). */
    public static class ForwardingFromUntrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return ForwardedFor.forwardingTrusting("192.0.2.10");
        }
    }

    @BeforeEach
    @AfterEach
    @Transactional
    void forgetFailures() {
        LoginFailure.deleteAll();
    }

    @Test
    void spoofedAddressesAreIgnoredAndThe21stFailureFromTheRealAddressIs429() {
        for (int i = 1; i <= 20; i++) {
            login("203.0.113." + i, "someone-" + i, "wrong").then().statusCode(401);
        }
        login("203.0.113.99", "someone-else", "wrong").then().statusCode(429).header("Retry-After", notNullValue());
        login("198.51.100.1", "kita", "wardhub-demo").then().statusCode(429);
    }

    @Test
    void spoofedAddressesDoNotHelpAgainstTheTokenEndpointEither() {
        for (int i = 1; i <= 5; i++) {
            token("203.0.113." + i, "city-web", "guess").then().statusCode(401);
        }
        token("203.0.113.50", "city-web", "wardhub-demo-secret").then().statusCode(429);
    }
}
