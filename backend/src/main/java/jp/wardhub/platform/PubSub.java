package jp.wardhub.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.runtime.StartupEvent;

/**
 * The publish/subscribe channel between the instances of the app, chosen by {@code wardhub.queue.channel}:
 * {@code memory} hands a message straight to this instance's subscribers (one instance); {@code redis} publishes it on
 * a Redis channel every instance subscribes to, this one included. Floor changes ({@code wardhub:queue}) and dropped
 * caches ({@code wardhub:invalidate}) each travel on their own channel name.
 */
@ApplicationScoped
public class PubSub {

    private static final Logger LOG = Logger.getLogger(PubSub.class);

    @ConfigProperty(name = "wardhub.queue.channel")
    String kind;

    @Inject
    Instance<ReactiveRedisDataSource> redis;

    /** The subscribers of each channel name when the channel is this process. */
    private final Map<String, List<Consumer<String>>> local = new ConcurrentHashMap<>();
    private ReactivePubSubCommands<String> redisPubSub;

    /**
     * Sends {@code message} to every subscriber of {@code channel}. Through Redis the message is sent without waiting;
     * if Redis does not take it, a warning names it and {@code whenLost}: what limits the harm of its loss.
     */
    public void publish(String channel, String message, String whenLost) {
        if (viaRedis()) {
            redisPubSub().publish(channel, message).subscribe().with(sent -> {
            }, failure -> LOG.warnf("%s not published to Redis channel %s (%s); %s", message, channel,
                    failure.getMessage(), whenLost));
        } else {
            local.getOrDefault(channel, List.of()).forEach(subscriber -> subscriber.accept(message));
        }
    }

    /**
     * Calls {@code subscriber} with every message published on {@code channel}, from any instance. Subscribe before
     * the first message can be published (in the subscriber's {@code @PostConstruct}, the bean created at start).
     */
    public void subscribe(String channel, Consumer<String> subscriber) {
        if (!viaRedis()) {
            local.computeIfAbsent(channel, k -> new CopyOnWriteArrayList<>()).add(subscriber);
            return;
        }
        redisPubSub().subscribe(channel, subscriber).subscribe().with(
                subscribed -> LOG.infof("subscribed to Redis channel %s", channel),
                failure -> LOG.errorf("cannot subscribe to Redis channel %s: %s", channel, failure.getMessage()));
    }

    /** Refuses an unknown channel at start, not at the first message. */
    void check(@Observes StartupEvent start) {
        viaRedis();
    }

    private synchronized ReactivePubSubCommands<String> redisPubSub() {
        if (redisPubSub == null) {
            redisPubSub = redis.get().pubsub(String.class);
        }
        return redisPubSub;
    }

    private boolean viaRedis() {
        return switch (kind) {
            case "memory" -> false;
            case "redis" -> true;
            default -> throw new IllegalStateException(
                    "wardhub.queue.channel must be memory or redis, not '" + kind + "'");
        };
    }
}
