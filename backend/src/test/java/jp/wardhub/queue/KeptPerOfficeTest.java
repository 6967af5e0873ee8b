package jp.wardhub.queue;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** What is kept per office is worked out once per change or age, by one request at a time. */
class KeptPerOfficeTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-02-02T00:00:00Z"));
    private final KeptPerOffice<String> kept = new KeptPerOffice<>(Duration.ofSeconds(10), now::get);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aValueIsKeptWhileFreshAndWorkedOutAgainWhenAgedOrDropped() {
        assertThat(kept.get(1, at -> "v" + computed.incrementAndGet()), is("v1"));
        now.set(now.get().plusSeconds(9));
        assertThat(kept.get(1, at -> "v" + computed.incrementAndGet()), is("v1"));
        now.set(now.get().plusSeconds(1));
        assertThat(kept.get(1, at -> "v" + computed.incrementAndGet()), is("v2"));
        kept.drop(1);
        assertThat(kept.get(1, at -> "v" + computed.incrementAndGet()), is("v3"));
        assertThat(kept.get(2, at -> "other office"), is("other office"));
    }

    @Test
    void whileOneRequestWorksOutAnAgedValueTheOthersAreServedTheOneBefore() throws Exception {
        kept.get(1, at -> "before");
        now.set(now.get().plusSeconds(11));
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> kept.get(1, at -> {
            working.countDown();
            await(release);
            return "after";
        }));
        await(working);
        assertThat(kept.get(1, at -> "not worked out twice"), is("before"));
        release.countDown();
        assertThat(slow.get(60, TimeUnit.SECONDS), is("after"));
        assertThat(kept.get(1, at -> "not worked out again"), is("after"));
    }

    @Test
    void aValueWorkedOutWhileItWasDroppedIsServedOnceAndNotKept() {
        String first = kept.get(1, at -> {
            kept.drop(1); // the floor changed while this was being read
            return "read before the change";
        });
        assertThat(first, is("read before the change"));
        assertThat(kept.get(1, at -> "read after it"), is("read after it"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("not reached within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
