package jp.wardhub.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;

/**
 * An account that must change its password (the bootstrapped first administrator) may only see who it is and
 * change the password; every other API answers 403 {@code password-change-required} until it has.
 */
public class PasswordChangeGate {

    public static final ProblemType PASSWORD_CHANGE_REQUIRED = ProblemType.of("password-change-required", 403,
            "パスワードの変更が必要です", "Password change required");

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Void> requirePasswordChange(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) || allowed(request)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> {
            if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                    && TokenIssuer.passwordChangeRequired(jwt)) {
                throw new ProblemException(PASSWORD_CHANGE_REQUIRED,
                        "パスワードを変更してから操作してください。POST /api/v1/me/password (change your password first)");
            }
        }).replaceWithVoid();
    }

    private static boolean allowed(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String method = request.getMethod();
        return ("GET".equals(method) && "/api/v1/me".equals(path))
                || ("POST".equals(method) && "/api/v1/me/password".equals(path));
    }
}
