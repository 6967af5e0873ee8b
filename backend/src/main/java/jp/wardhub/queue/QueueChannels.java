package jp.wardhub.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.runtime.StartupEvent;

/**
 * Chooses the {@link QueueChannel} from {@code wardhub.queue.channel}: {@code memory} takes each change straight to
 * {@link #arrived}; {@code redis} publishes it on a Redis channel every instance subscribes to (this one included), so
 * a board connected to any instance sees changes made on any other. Whichever the channel, {@link #arrived} is where a
 * change reaches this instance.
 */
@ApplicationScoped
public class QueueChannels {

    static final String REDIS_CHANNEL = "wardhub:queue";
    private static final Logger LOG = Logger.getLogger(QueueChannels.class);

    @ConfigProperty(name = "wardhub.queue.channel")
    String kind;

    @Inject
    Instance<ReactiveRedisDataSource> redis;

    @Inject
    QueueStream stream;

    @Inject
    QueueBoard board;

    @Inject
    FloorPlans plans;

    @Produces
    @ApplicationScoped
    QueueChannel channel() {
        return switch (kind) {
            case "memory" -> this::arrived;
            case "redis" -> {
                ReactivePubSubCommands<String> pubsub = redis.get().pubsub(String.class);
                yield change -> pubsub.publish(REDIS_CHANNEL, change.message()).subscribe().with(sent -> {
                }, failure -> LOG.warnf(
                        "queue change %s not published to Redis (%s); boards catch up on their heartbeat",
                        change.message(), failure.getMessage()));
            }
            default -> throw new IllegalStateException(
                    "wardhub.queue.channel must be memory or redis, not '" + kind + "'");
        };
    }

    /**
     * A change reached this instance: what is kept of the office's floor is dropped (its board, and its plan when the
     * layout changed: the plan first, as a board is worked out from it), then the stream sends the change.
     */
    void arrived(FloorChanged change) {
        if (change.layout()) {
            plans.invalidate(change.officeId());
        }
        board.invalidate(change.officeId());
        stream.onChanged(change);
    }

    /** Refuses an unknown channel at start, not at the first change; subscribes to Redis when it is the channel. */
    void subscribe(@Observes StartupEvent start) {
        if (!"redis".equals(kind)) {
            channel(); // memory, or the error naming the setting
            return;
        }
        redis.get().pubsub(String.class).subscribe(REDIS_CHANNEL, message -> {
            FloorChanged change = FloorChanged.parse(message);
            if (change != null) {
                arrived(change);
            }
        }).subscribe().with(subscriber -> LOG.infof("queue events: subscribed to Redis channel %s", REDIS_CHANNEL),
                failure -> LOG.errorf("queue events: cannot subscribe to Redis channel %s: %s", REDIS_CHANNEL,
                        failure.getMessage()));
    }
}
