package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class MemoTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String answer(String question) {
        return question + "#" + computed.incrementAndGet();
    }

    @Test
    void remembersAnAnswerUntilInvalidated() {
        Memo<String, String> memo = new Memo<>(10, Duration.ofHours(1));
        assertEquals("a#1", memo.get("a", () -> answer("a")));
        assertEquals("a#1", memo.get("a", () -> answer("a")));
        assertEquals("b#2", memo.get("b", () -> answer("b")));

        memo.invalidate();
        assertEquals("a#3", memo.get("a", () -> answer("a")));
    }

    @Test
    void forgetsAnAnswerOlderThanItsTimeToLive() {
        Memo<String, String> memo = new Memo<>(10, Duration.ZERO);
        assertEquals("a#1", memo.get("a", () -> answer("a")));
        assertEquals("a#2", memo.get("a", () -> answer("a")));
    }

    @Test
    void doesNotKeepAnAnswerComputedWhileAWriteCommitted() {
        Memo<String, String> memo = new Memo<>(10, Duration.ofHours(1));
        assertEquals("a#1", memo.get("a", () -> {
            memo.invalidate(); // a write commits while the answer is being computed from the old data
            return answer("a");
        }));
        assertEquals("a#2", memo.get("a", () -> answer("a")));
    }

    @Test
    void callersAskingTheSameQuestionAtOnceShareOneComputation() throws Exception {
        Memo<String, String> memo = new Memo<>(10, Duration.ofHours(1));
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> memo.get("a", () -> {
                computing.countDown();
                await(release);
                return answer("a");
            }));
            computing.await();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(pool.submit(() -> memo.get("a", () -> answer("a"))));
            }
            release.countDown();
            assertEquals("a#1", first.get());
            for (Future<String> other : others) {
                assertEquals("a#1", other.get());
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsNotRemembered() {
        Memo<String, String> memo = new Memo<>(10, Duration.ofHours(1));
        assertThrows(IllegalStateException.class, () -> memo.get("a", () -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals("a#1", memo.get("a", () -> answer("a")));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void startsOverPastItsSizeAndRemembersNothingAtSizeZero() {
        Memo<String, String> memo = new Memo<>(2, Duration.ofHours(1));
        memo.get("a", () -> answer("a"));
        memo.get("b", () -> answer("b"));
        memo.get("c", () -> answer("c")); // the third question clears the first two
        assertEquals("a#4", memo.get("a", () -> answer("a")));

        Memo<String, String> off = new Memo<>(0, Duration.ofHours(1));
        assertEquals("x#5", off.get("x", () -> answer("x")));
        assertEquals("x#6", off.get("x", () -> answer("x")));
    }
}
