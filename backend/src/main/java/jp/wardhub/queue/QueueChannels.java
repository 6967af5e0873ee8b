package jp.wardhub.queue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;
import jp.wardhub.platform.PubSub;

/**
 * Carries each {@link FloorChanged} on the {@link PubSub} channel {@code wardhub:queue}: in this process with
 * {@code wardhub.queue.channel=memory}, through Redis to every instance (this one included) with {@code redis}, so a
 * board connected to any instance sees changes made on any other. Whichever the channel, {@link #arrived} is where a
 * change reaches this instance. Created at start, so that it listens before any instance publishes.
 */
@Startup
@ApplicationScoped
public class QueueChannels {

    static final String CHANNEL = "wardhub:queue";

    @Inject
    PubSub pubsub;

    @Inject
    QueueStream stream;

    @Inject
    QueueBoard board;

    @Inject
    FloorPlans plans;

    @Produces
    @ApplicationScoped
    QueueChannel channel() {
        return change -> pubsub.publish(CHANNEL, change.message(), "boards catch up on their heartbeat");
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

    @PostConstruct
    void subscribe() {
        pubsub.subscribe(CHANNEL, message -> {
            FloorChanged change = FloorChanged.parse(message);
            if (change != null) {
                arrived(change);
            }
        });
    }
}
