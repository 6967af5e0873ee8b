package jp.wardhub.auth;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The tokens whose signature and claims were verified, remembered by their whole text until they expire: a signed-in
 * request under load spent an eighth of its CPU on the RSA signature and the claims' JSON of a token it had verified on
 * the request before. A token altered in any character is another key and is verified; a token that failed is not
 * remembered; one past its expiry is verified again (and refused there, with the verifier's own clock skew). Bounded,
 * so that it holds the active sessions' tokens and not every token ever seen.
 */
final class VerifiedTokens {

    /** Verifies a token's signature and claims, or throws. */
    interface Verification {
        JsonWebToken verify(String token) throws ParseException;
    }

    static final int MAX_TOKENS = 5_000;

    private final Cache<String, JsonWebToken> tokens;
    private final Clock clock;

    VerifiedTokens(Clock clock) {
        this.clock = clock;
        // a token lives 30 minutes (15 for a partner's) unless configured longer; forgotten 30 minutes after its last use
        this.tokens = Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    JsonWebToken verified(String token, Verification verification) throws ParseException {
        JsonWebToken known = tokens.getIfPresent(token);
        if (known != null && clock.instant().getEpochSecond() < known.getExpirationTime()) {
            return known;
        }
        tokens.invalidate(token);
        JsonWebToken verified = verification.verify(token);
        tokens.put(token, verified);
        return verified;
    }
}
