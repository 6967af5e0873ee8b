package jp.wardhub.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Production refuses to start when forwarded addresses would be believed from any caller. */
class ProxyTrustCheckTest {

    @Test
    void forwardingWithoutTrustedProxiesIsRefusedWithOneLineNamingBothSettings() {
        String reason = ProxyTrustCheck.refusal(true, false).orElseThrow();
        assertTrue(reason.contains("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"), reason);
        assertTrue(reason.contains("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"), reason);
        assertTrue(!reason.contains("\n"), "one line");
    }

    @Test
    void forwardingFromTrustedProxiesOrNoForwardingIsFine() {
        assertEquals(Optional.empty(), ProxyTrustCheck.refusal(true, true));
        assertEquals(Optional.empty(), ProxyTrustCheck.refusal(false, false));
        assertEquals(Optional.empty(), ProxyTrustCheck.refusal(false, true));
    }
}
