package jp.wardhub.auth;

import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to run in production when forwarded client addresses would be believed from anyone. With
 * {@code quarkus.http.proxy.proxy-address-forwarding} on and no {@code quarkus.http.proxy.trusted-proxies}, Quarkus
 * takes {@code X-Forwarded-For} from every caller, so a guesser names a new address per request and escapes the
 * per-address sign-in limit, or names a colleague's address to get it throttled. With trusted proxies set, the
 * header counts only on connections from them. Outside production the same condition is only a warning.
 */
public class ProxyTrustCheck {

    private static final Logger LOG = Logger.getLogger(ProxyTrustCheck.class);

    void onStart(@Observes StartupEvent event) {
        refusal(ConfigProvider.getConfig()).ifPresent(reason -> {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                LOG.error("WardHub will not start: " + reason);
                Quarkus.asyncExit(1);
            } else {
                LOG.warn(reason);
            }
        });
    }

    /** Why the proxy settings are unsafe, or empty when they are fine. */
    static Optional<String> refusal(Config config) {
        boolean forwarding = config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class)
                .orElse(false);
        boolean trusted = config.getOptionalValue("quarkus.http.proxy.trusted-proxies", String.class)
                .filter(list -> !list.isBlank()).isPresent();
        return refusal(forwarding, trusted);
    }

    static Optional<String> refusal(boolean forwarding, boolean trustedProxiesSet) {
        if (forwarding && !trustedProxiesSet) {
            return Optional.of(
                    "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING is on but QUARKUS_HTTP_PROXY_TRUSTED_PROXIES is not set, "
                            + "so any caller could choose its address in X-Forwarded-For; set it to the reverse proxy's addresses "
                            + "(see README 'Deploy').");
        }
        return Optional.empty();
    }
}
