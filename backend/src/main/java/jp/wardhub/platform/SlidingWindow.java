package jp.wardhub.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A limit of {@code max} events (sign-in failures, voices sent) within a sliding window: an event over the limit waits
 * until the oldest one counted leaves the window.
 */
public final class SlidingWindow {

    private SlidingWindow() {
    }

    /**
     * Seconds to wait, given the latest events newest first (at most {@code max} are needed); 0 when fewer than
     * {@code max} lie in the window, else at least 1.
     */
    public static long secondsToWait(int max, Duration window, List<Instant> newestFirst, Instant now) {
        List<Instant> counted = newestFirst.stream().filter(at -> at.plus(window).isAfter(now)).limit(max).toList();
        if (counted.size() < max) {
            return 0;
        }
        return Math.max(1, Duration.between(now, counted.get(max - 1).plus(window)).toSeconds() + 1);
    }
}
