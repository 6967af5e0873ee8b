package jp.wardhub.auth;

import java.time.Clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The bearer tokens' parser: SmallRye JWT's own, which verifies each token, with the tokens it verified remembered
 * ({@link VerifiedTokens}). The account behind a token is still checked on every request ({@link TokenCheck}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberingJwtParser extends DefaultJWTParser {

    // the system clock, as the verifier's: a token is verified again once the verifier could refuse it
    private final VerifiedTokens verified = new VerifiedTokens(Clock.systemUTC());

    @Inject
    public RememberingJwtParser(JWTAuthContextInfo authContextInfo, JWTCallerPrincipalFactory principalFactory) {
        super(authContextInfo, principalFactory);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verified.verified(token, super::parse);
    }
}
