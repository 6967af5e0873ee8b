package jp.wardhub.platform;

import java.util.function.Function;

import io.quarkus.cache.Cache;

/** Reading a Quarkus cache from blocking code (a request's worker thread or a transaction). */
public final class Caches {

    private Caches() {
    }

    /**
     * The answer cached for {@code key}, computed by {@code compute} when there is none. Callers asking for a key being
     * computed wait for that computation rather than start their own; a computation that fails is not kept. Which
     * writes drop the cache is {@link DataChanges}' business.
     */
    public static <K, V> V get(Cache cache, K key, Function<K, V> compute) {
        return cache.get(key, compute).await().indefinitely();
    }
}
