package jp.wardhub.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.ParseException;

/** A verified token is remembered by its whole text until it expires; nothing else is taken on trust. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");

    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final VerifiedTokens tokens = new VerifiedTokens(clock);
    private final List<String> verifications = new ArrayList<>();

    private static JsonWebToken expiringAt(Instant exp) {
        Map<String, Object> claims = Map.of("exp", exp.getEpochSecond(), "upn", "admin");
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "admin";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }

    private final JsonWebToken valid = expiringAt(NOW.plusSeconds(600));

    private JsonWebToken verify(String token) throws ParseException {
        verifications.add(token);
        if (token.startsWith("bad") || now.getEpochSecond() >= valid.getExpirationTime()) {
            throw new ParseException("refused: " + token);
        }
        return valid;
    }

    @Test
    void aTokenVerifiedOnceIsNotVerifiedOnItsNextRequests() throws ParseException {
        assertSame(valid, tokens.verified("a.b.c", this::verify));
        assertSame(valid, tokens.verified("a.b.c", this::verify));
        assertEquals(List.of("a.b.c"), verifications);
    }

    @Test
    void aTokenAlteredInOneCharacterIsVerifiedItself() throws ParseException {
        tokens.verified("a.b.c", this::verify);
        assertThrows(ParseException.class, () -> tokens.verified("bad.b.c", this::verify));
        assertThrows(ParseException.class, () -> tokens.verified("bad.b.c", this::verify));
        assertEquals(List.of("a.b.c", "bad.b.c", "bad.b.c"), verifications, "a refused token is not remembered");
    }

    @Test
    void aRememberedTokenPastItsExpiryIsVerifiedAgainAndRefused() throws ParseException {
        tokens.verified("a.b.c", this::verify);
        now = NOW.plusSeconds(599);
        tokens.verified("a.b.c", this::verify);
        assertEquals(1, verifications.size());
        now = NOW.plusSeconds(600);
        assertThrows(ParseException.class, () -> tokens.verified("a.b.c", this::verify));
        assertThrows(ParseException.class, () -> tokens.verified("a.b.c", this::verify));
        assertEquals(3, verifications.size());
    }
}
