package jp.wardhub.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers remembered until the data they were computed from changes: the owner calls {@link #invalidate()} after each
 * write commits. The time to live bounds how stale an answer can be when another instance of the app made the write.
 * Callers asking the same question at once wait for one computation rather than all running it (after a write, a
 * busy list would otherwise send every waiting request to the database together). Past {@code maxEntries} distinct
 * questions the memo starts over; a size of zero turns it off.
 */
public final class Memo<K, V> {

    private record Entry<V>(CompletableFuture<V> answer, Instant computedAt) {
    }

    private final int maxEntries;
    private final Duration ttl;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Bumped by every invalidation, so that an answer computed while a write committed is not kept. */
    private final AtomicLong generation = new AtomicLong();

    public Memo(int maxEntries, Duration ttl) {
        this.maxEntries = maxEntries;
        this.ttl = ttl;
    }

    public V get(K key, Supplier<V> compute) {
        if (maxEntries <= 0) {
            return compute.get();
        }
        Instant now = Instant.now();
        Entry<V> cached = entries.get(key);
        if (cached != null && fresh(cached, now)) {
            return join(cached.answer());
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        long startedAt = generation.get();
        Entry<V> mine = new Entry<>(new CompletableFuture<>(), now);
        Entry<V> current = entries.compute(key, (k, old) -> old != null && fresh(old, now) ? old : mine);
        if (current != mine) {
            return join(current.answer());
        }
        try {
            V value = compute.get();
            mine.answer().complete(value);
            if (generation.get() != startedAt) {
                entries.remove(key, mine);
            }
            return value;
        } catch (RuntimeException | Error e) {
            mine.answer().completeExceptionally(e);
            entries.remove(key, mine);
            throw e;
        }
    }

    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    private boolean fresh(Entry<V> entry, Instant now) {
        return entry.computedAt().plus(ttl).isAfter(now);
    }

    private static <V> V join(CompletableFuture<V> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
