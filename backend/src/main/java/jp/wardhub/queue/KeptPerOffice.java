package jp.wardhub.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Something worked out per office from the database and kept in memory for a while (a board, a floor plan, service
 * times). One request at a time works it out: while it does, the others are served the value before when it only
 * aged, and wait for the new one when there is none (never worked out, or dropped after a change). A value worked out
 * while a change was being dropped is not kept.
 */
final class KeptPerOffice<T> {

    private record Kept<T>(T value, Instant at) {
    }

    private final Map<Long, Kept<T>> kept = new ConcurrentHashMap<>();
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Duration fresh;
    private final Supplier<Instant> now;

    KeptPerOffice(Duration fresh, Supplier<Instant> now) {
        this.fresh = fresh;
        this.now = now;
    }

    /** The office's value, worked out by {@code compute} (given the time) when it is missing or older than fresh. */
    T get(long officeId, Function<Instant, T> compute) {
        Kept<T> before = kept.get(officeId);
        if (isFresh(before)) {
            return before.value();
        }
        ReentrantLock lock = locks.computeIfAbsent(officeId, id -> new ReentrantLock());
        if (before != null && !lock.tryLock()) {
            return before.value();
        } else if (before == null) {
            lock.lock();
        }
        try {
            Kept<T> again = kept.get(officeId);
            if (isFresh(again)) {
                return again.value();
            }
            AtomicLong generation = generation(officeId);
            long seen = generation.get();
            Instant at = now.get();
            T value = compute.apply(at);
            if (generation.get() == seen) {
                kept.put(officeId, new Kept<>(value, at));
            }
            return value;
        } finally {
            lock.unlock();
        }
    }

    /** The office's value is out of date: the next request works it out again. */
    void drop(long officeId) {
        generation(officeId).incrementAndGet();
        kept.remove(officeId);
    }

    private boolean isFresh(Kept<T> k) {
        Instant at = now.get();
        return k != null && k.at().plus(fresh).isAfter(at) && !k.at().isAfter(at);
    }

    private AtomicLong generation(long officeId) {
        return generations.computeIfAbsent(officeId, id -> new AtomicLong());
    }
}
