package jp.wardhub.platform;

import io.vertx.core.http.HttpServerRequest;

/** The address a request came from, as the abuse limits (sign-in throttle, the public voice form) count it. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * With {@code quarkus.http.proxy.proxy-address-forwarding} this is the forwarded address, but only on requests
     * from {@code quarkus.http.proxy.trusted-proxies}; from anyone else Quarkus keeps the connection's address (see
     * {@code ProxyTrustCheck}). A forwarded value that is no IP address (e.g. {@code unknown}) has no host address and
     * is counted by its text.
     */
    public static String of(HttpServerRequest http) {
        var address = http.remoteAddress();
        if (address == null) {
            return "unknown";
        }
        return address.hostAddress() != null ? address.hostAddress() : String.valueOf(address.host());
    }
}
