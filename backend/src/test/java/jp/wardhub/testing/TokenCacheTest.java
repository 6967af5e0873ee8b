package jp.wardhub.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class TokenCacheTest {

    /** A clock the test moves by hand. */
    private final HandClock clock = new HandClock(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC);
    private final List<String> fetched = new ArrayList<>();

    /** A token issued now that lives for the given time, as the server's would (only the claims matter here). */
    private String issue(String who, Duration lifetime) {
        fetched.add(who);
        String claims = "{\"sub\":\"" + who + "\",\"iat\":" + clock.instant().getEpochSecond() + ",\"exp\":"
                + clock.instant().plus(lifetime).getEpochSecond() + ",\"n\":" + fetched.size() + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void aTokenIsReusedUntilHalfItsLifetimeAndThenFetchedAgain() {
        TokenCache cache = new TokenCache(who -> issue(who, Duration.ofMinutes(15)), clock);
        String first = cache.get("partner");
        assertEquals(first, cache.get("partner"));
        clock.advance(Duration.ofMinutes(7));
        assertEquals(first, cache.get("partner"));
        assertEquals(List.of("partner"), fetched);

        clock.advance(Duration.ofSeconds(31)); // 7.5 minutes: half of 15
        String second = cache.get("partner");
        assertEquals(List.of("partner", "partner"), fetched);
        assertEquals(second, cache.get("partner"));
        // 35 minutes later (a slow suite): a fresh token, never the expired one
        clock.advance(Duration.ofMinutes(35));
        String third = cache.get("partner");
        assertEquals(3, fetched.size());
        assertEquals(false, third.equals(second));
    }

    @Test
    void eachAccountHasItsOwnTokenAndLifetime() {
        TokenCache cache = new TokenCache(
                who -> issue(who, who.equals("chuo") ? Duration.ofMinutes(30) : Duration.ofMinutes(15)), clock);
        cache.get("chuo");
        cache.get("partner");
        clock.advance(Duration.ofMinutes(10));
        cache.get("chuo"); // 10 of 30 minutes: kept
        cache.get("partner"); // 10 of 15 minutes: fetched again
        assertEquals(List.of("chuo", "partner", "partner"), fetched);
    }

    @Test
    void somethingThatIsNoJwtIsAnError() {
        TokenCache cache = new TokenCache(who -> "opaque", clock);
        assertThrows(IllegalArgumentException.class, () -> cache.get("x"));
    }
}
