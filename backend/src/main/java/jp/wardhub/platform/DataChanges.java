package jp.wardhub.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.cache.CacheManager;
import io.quarkus.runtime.Startup;

/**
 * Drops what every instance remembers of data that changed. A cache is named after the data its answers are computed
 * from, then a dot ({@code voices.stats} is computed from voices); {@link #changed} drops every cache of that data on
 * this instance at once, so its own next read is fresh, and publishes the data's name on the {@link PubSub} channel
 * {@code wardhub:invalidate}, on which every instance drops its caches of that data when the name arrives. Call it
 * once the write committed (an observer {@code during = AFTER_SUCCESS}): a cache dropped earlier could be filled again
 * from the data as it was before the write.
 *
 * <p>An answer still being computed when its cache is dropped is not kept (Caffeine drops the pending entry with the
 * others), and a failed computation is not kept either. If Redis does not take a message, each cache's
 * {@code expire-after-write} (application.properties) bounds how long other instances keep the old answers.
 */
@Startup
@ApplicationScoped
public class DataChanges {

    static final String CHANNEL = "wardhub:invalidate";

    @Inject
    CacheManager caches;

    @Inject
    PubSub pubsub;

    /** Called after a write to {@code data} (e.g. {@code voices}) committed. */
    public void changed(String data) {
        drop(data);
        pubsub.publish(CHANNEL, data, "other instances keep their answers until these expire");
    }

    @PostConstruct
    void subscribe() {
        pubsub.subscribe(CHANNEL, this::drop);
    }

    void drop(String data) {
        String prefix = data + ".";
        for (String name : caches.getCacheNames()) {
            if (name.startsWith(prefix)) {
                // done when subscribed (Caffeine's invalidateAll), and not awaited: a message from Redis arrives on
                // an event loop thread, which must not block
                caches.getCache(name).orElseThrow().invalidateAll().subscribeAsCompletionStage();
            }
        }
    }
}
