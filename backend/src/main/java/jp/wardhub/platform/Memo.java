package jp.wardhub.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers remembered until the data they were computed from changes: the owner calls {@link #invalidate()} after each
 * write commits. The time to live bounds how stale an answer can be when another instance of the app made the write.
 * Past {@code maxEntries} distinct questions the memo starts over; a size of zero turns it off.
 */
public final class Memo<K, V> {

    private record Entry<V>(V value, Instant computedAt) {
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
        Instant now = Instant.now();
        Entry<V> cached = entries.get(key);
        if (cached != null && cached.computedAt().plus(ttl).isAfter(now)) {
            return cached.value();
        }
        long startedAt = generation.get();
        V value = compute.get();
        if (maxEntries > 0 && generation.get() == startedAt) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now));
        }
        return value;
    }

    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
