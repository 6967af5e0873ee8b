package jp.wardhub.platform;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import io.quarkus.runtime.Startup;

/**
 * Drops what every instance remembers of data that changed. A cache is named after the data its answers are computed
 * from, then a dot ({@code voices.stats} is computed from voices); {@link #changed} drops every cache of that data on
 * this instance at once, so its own next read is fresh, and publishes the data's name on the {@link PubSub} channel
 * {@code wardhub:invalidate}, on which every other instance drops its caches of that data when the name arrives. Call it
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

    /** This instance, in its messages: it dropped its own caches already and skips its own messages. */
    private final String instance = UUID.randomUUID().toString();

    /** Called after a write to {@code data} (e.g. {@code voices}, or several names) committed. */
    public void changed(String... data) {
        for (String name : data) {
            drop(name);
        }
        pubsub.publish(CHANNEL, instance + " " + String.join(" ", data),
                "other instances keep their answers until these expire");
    }

    @PostConstruct
    void subscribe() {
        pubsub.subscribe(CHANNEL, this::received);
    }

    /** How this instance signs its messages. */
    String instance() {
        return instance;
    }

    /** A message is the sending instance, then the names of the data that changed, separated by spaces. */
    void received(String message) {
        String[] words = message.split(" ");
        if (words[0].equals(instance)) {
            return;
        }
        for (int i = 1; i < words.length; i++) {
            drop(words[i]);
        }
    }

    private void drop(String data) {
        String prefix = data + ".";
        List<Cache> dropped = caches.getCacheNames().stream().filter(name -> name.startsWith(prefix))
                .map(name -> caches.getCache(name).orElseThrow()).toList();
        // Twice over: one cache's answers are made from another's (a list's page from the list's total), and a page
        // made between the drops of the two, from the total not yet dropped, would be kept. Once every cache has been
        // dropped, what was made meanwhile is dropped again, and whatever is made after reads fresh answers only.
        for (int pass = 0; pass < 2; pass++) {
            // done when subscribed (Caffeine's invalidateAll), and not awaited: a message from Redis arrives on an
            // event loop thread, which must not block
            dropped.forEach(cache -> cache.invalidateAll().subscribeAsCompletionStage());
        }
    }
}
