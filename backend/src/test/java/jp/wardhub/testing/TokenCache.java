package jp.wardhub.testing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens fetched when needed: a token is reused until half of its own lifetime (from its {@code iat} and {@code exp}
 * claims) has passed, then fetched again, so no test depends on how long the suite runs.
 */
public final class TokenCache {

    private static final Pattern IAT = Pattern.compile("\"iat\"\\s*:\\s*(\\d+)");
    private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

    private record Entry(String token, Instant refreshAt) {
    }

    private final Function<String, String> fetch;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public TokenCache(Function<String, String> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    /** A token for this key, fetched anew when none is held or the held one is past half its lifetime. */
    public String get(String key) {
        return entries.compute(key, (k, held) -> held != null && clock.instant().isBefore(held.refreshAt()) ? held
                : entry(fetch.apply(k))).token();
    }

    private Entry entry(String token) {
        Instant now = clock.instant();
        String claims = claims(token);
        Instant exp = Instant.ofEpochSecond(claim(EXP, claims, token));
        Matcher iat = IAT.matcher(claims);
        Instant issued = iat.find() ? Instant.ofEpochSecond(Long.parseLong(iat.group(1))) : now;
        return new Entry(token, issued.plus(Duration.between(issued, exp).dividedBy(2)));
    }

    private static String claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT: " + token);
        }
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    private static long claim(Pattern pattern, String claims, String token) {
        Matcher m = pattern.matcher(claims);
        if (!m.find()) {
            throw new IllegalArgumentException("a token without " + pattern + ": " + token);
        }
        return Long.parseLong(m.group(1));
    }
}
