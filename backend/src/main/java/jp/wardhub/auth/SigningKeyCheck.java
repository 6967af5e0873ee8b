package jp.wardhub.auth;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to run in production without the operator's own token keys: demo keys exist only in the dev, test and
 * demo profiles, so a production start without {@code SMALLRYE_JWT_SIGN_KEY_LOCATION} and
 * {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} stops here with one clear line rather than failing at first sign-in.
 */
public class SigningKeyCheck {

    private static final Logger LOG = Logger.getLogger(SigningKeyCheck.class);

    void onStart(@Observes StartupEvent event) {
        var config = ConfigProvider.getConfig();
        boolean signing = config.getOptionalValue("smallrye.jwt.sign.key.location", String.class).isPresent()
                || config.getOptionalValue("smallrye.jwt.sign.key", String.class).isPresent();
        boolean verifying = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
        if (LaunchMode.current() == LaunchMode.NORMAL && !(signing && verifying)) {
            LOG.error("WardHub will not start: no token keys configured. Set SMALLRYE_JWT_SIGN_KEY_LOCATION (private key) "
                    + "and MP_JWT_VERIFY_PUBLICKEY_LOCATION (public key); see README 'Deploy'.");
            Quarkus.asyncExit(1);
        }
    }
}
