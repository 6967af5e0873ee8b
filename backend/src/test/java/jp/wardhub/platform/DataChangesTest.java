package jp.wardhub.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the caches of statistics, totals and the catalogue promise (Quarkus Cache on Caffeine, dropped through
 * {@link DataChanges}): readers of one question share one computation, a write drops the answers of its data (and
 * only those), an answer computed while a write committed is not kept, a failed computation is not kept, and a name
 * arriving on the channel drops the caches as a local write does.
 */
@QuarkusTest
class DataChangesTest {

    /** Patience for a computation running on another thread: a bound against a hang, not a timing. */
    private static final long PATIENCE_SECONDS = 60;

    @CacheName("examples.answers")
    Cache answers;

    @CacheName("other-examples.answers")
    Cache otherAnswers;

    @Inject
    DataChanges dataChanges;

    @Inject
    PubSub pubsub;

    private final AtomicInteger computed = new AtomicInteger();
    private ExecutorService pool;

    @BeforeEach
    void clean() {
        dataChanges.changed("examples", "other-examples");
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private String answer(String question) {
        return question + "#" + computed.incrementAndGet();
    }

    private String ask(Cache cache, String question, Function<String, String> compute) {
        return Caches.get(cache, question, compute);
    }

    private String ask(String question) {
        return ask(answers, question, this::answer);
    }

    @Test
    void remembersAnAnswerUntilItsDataChanges() {
        assertThat(ask("a"), is("a#1"));
        assertThat(ask("a"), is("a#1"));
        assertThat(ask("b"), is("b#2"));
        assertThat(ask(otherAnswers, "a", this::answer), is("a#3"));

        dataChanges.changed("examples");
        assertThat(ask("a"), is("a#4"));
        assertThat(ask("b"), is("b#5"));
        // a cache of other data keeps its answer, though its name ends the same
        assertThat(ask(otherAnswers, "a", this::answer), is("a#3"));
    }

    @Test
    void oneWriteMayChangeSeveralData() {
        assertThat(ask("a"), is("a#1"));
        assertThat(ask(otherAnswers, "a", this::answer), is("a#2"));
        dataChanges.changed("examples", "other-examples");
        assertThat(ask("a"), is("a#3"));
        assertThat(ask(otherAnswers, "a", this::answer), is("a#4"));
    }

    @Test
    void namesArrivingFromAnotherInstanceDropTheCachesOfThatData() {
        assertThat(ask("a"), is("a#1"));
        assertThat(ask(otherAnswers, "a", this::answer), is("a#2"));
        // as another instance's write arrives (through Redis in production; in this process here)
        pubsub.publish(DataChanges.CHANNEL, "another-instance examples other-examples", "not expected in a test");
        assertThat(ask("a"), is("a#3"));
        assertThat(ask(otherAnswers, "a", this::answer), is("a#4"));
    }

    @Test
    void anInstanceSkipsItsOwnMessageHavingDroppedItsCachesAlready() {
        dataChanges.changed("examples");
        // computed after the write committed: a late copy of the instance's own message must not drop it again
        assertThat(ask("a"), is("a#1"));
        dataChanges.received(dataChanges.instance() + " examples");
        assertThat(ask("a"), is("a#1"));
    }

    @Test
    void callersAskingTheSameQuestionAtOnceShareOneComputation() throws Exception {
        Held first = computing("a");
        List<Future<String>> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            others.add(pool.submit(() -> ask("a")));
        }
        first.release();
        assertThat(first.answer(), is("a#1"));
        for (Future<String> other : others) {
            assertThat(other.get(PATIENCE_SECONDS, TimeUnit.SECONDS), is("a#1"));
        }
        assertThat(computed.get(), is(1));
    }

    @Test
    void doesNotKeepAnAnswerComputedWhileAWriteCommitted() {
        assertThat(ask(answers, "a", q -> {
            dataChanges.changed("examples"); // a write commits while the answer is computed from the data before it
            return answer(q);
        }), is("a#1"));
        assertThat(ask("a"), is("a#2"));
        assertThat(ask("a"), is("a#2"));
    }

    @Test
    void doesNotKeepAnAnswerStillBeingComputedOnAnotherThreadWhenAWriteCommits() throws Exception {
        Held before = computing("a");
        dataChanges.changed("examples");
        before.release();
        // the reader who asked before the write gets the answer from before it; nobody after it does
        assertThat(before.answer(), is("a#1"));
        assertThat(ask("a"), is("a#2"));
        assertThat(ask("a"), is("a#2"));
    }

    @Test
    void aFailedComputationIsNotKept() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> ask(answers, "a", q -> {
            throw new IllegalStateException("database down");
        }));
        assertThat(failure.getMessage(), is("database down"));
        assertThat(ask("a"), is("a#1"));
    }

    /** An answer to {@code question} being computed on another thread, held until released. */
    private record Held(CountDownLatch released, Future<String> future) {

        void release() {
            released.countDown();
        }

        String answer() throws Exception {
            return future.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Starts computing the answer to {@code question} on another thread; returns once the computation runs. */
    private Held computing(String question) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        Future<String> future = pool.submit(() -> ask(answers, question, q -> {
            started.countDown();
            await(released);
            return answer(q);
        }));
        assertThat(started.await(PATIENCE_SECONDS, TimeUnit.SECONDS), is(true));
        return new Held(released, future);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
