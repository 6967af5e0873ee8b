package jp.wardhub.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Checks every verified token against its account before the request goes on: a token needs exactly one known role
 * (anything else is 401, not a failure deep in a service), and the account's current token version, so that a
 * deactivated, re-roled or re-warded account, a changed password or a rotated or revoked client secret refuses the
 * earlier tokens from the next request on instead of when they expire.
 */
@ApplicationScoped
public class TokenCheck implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(TokenCheck.class);

    @Inject
    AccountVersionCache versions;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Role role = TokenIssuer.roleOf(jwt);
        if (role == null || jwt.getName() == null) {
            LOG.infof("token refused: no known role (%s)", jwt.getGroups());
            return Uni.createFrom().failure(new AuthenticationFailedException("token without a known role"));
        }
        long version = TokenIssuer.versionOf(jwt);
        return context.runBlocking(() -> {
            if (!versions.accepts(role, jwt.getName(), version)) {
                LOG.infof("token refused: account '%s' changed or inactive since it was issued", jwt.getName());
                throw new AuthenticationFailedException("account changed since the token was issued");
            }
            return identity;
        });
    }
}
