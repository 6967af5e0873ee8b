package jp.wardhub.platform;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the {@link Memo}s of list totals and statistics, all bounded by the same settings: {@code wardhub.memo.size}
 * distinct questions each (0 turns memos off) and {@code wardhub.memo.ttl}, how stale an answer may be when another
 * instance of the app made the write.
 */
@ApplicationScoped
public class Memos {

    @ConfigProperty(name = "wardhub.memo.size", defaultValue = "2000")
    int size;

    @ConfigProperty(name = "wardhub.memo.ttl", defaultValue = "PT60S")
    Duration ttl;

    public <K, V> Memo<K, V> create() {
        return new Memo<>(size, ttl);
    }
}
