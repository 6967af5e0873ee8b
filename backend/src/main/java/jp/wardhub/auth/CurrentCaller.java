package jp.wardhub.auth;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The {@link Caller} of the current request, read from its verified JWT. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = identity.isAnonymous() ? Caller.ANONYMOUS : fromToken();
        }
        return caller;
    }

    private Caller fromToken() {
        Role role = TokenIssuer.roleOf(jwt); // never null here: TokenCheck refused tokens without a known role
        String scope = jwt.getClaim(TokenIssuer.SCOPE);
        Set<String> scopes = scope == null || scope.isBlank() ? Set.of()
                : Arrays.stream(scope.split(" ")).collect(Collectors.toUnmodifiableSet());
        return new Caller(jwt.getName(), role, jwt.getClaim(TokenIssuer.WARD), jwt.getClaim(TokenIssuer.BUREAU),
                jwt.getClaim(TokenIssuer.SECTION), scopes, TokenIssuer.officeOf(jwt));
    }
}
