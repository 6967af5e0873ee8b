package jp.wardhub.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The clock rules that depend on the time of day read (the counter floor's business day and closing time), so a test
 * can set the time instead of waiting for it ({@code QuarkusMock.installMockForType(fixedClock, Clock.class)}).
 *
 * <p>{@code wardhub.clock.start-at} starts the clock of a whole instance at another time, from which it runs on: for
 * rehearsals and training on a weekday morning at any hour, and for tests and benchmarks of the packaged app. Never
 * set it in production.
 */
@ApplicationScoped
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    @ConfigProperty(name = "wardhub.clock.start-at")
    Optional<OffsetDateTime> startAt;

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock system = Clock.system(BusinessTime.ZONE);
        if (startAt.isEmpty()) {
            return system;
        }
        LOG.warnf("wardhub.clock.start-at is set: this instance's clock starts at %s and runs on from there",
                startAt.get());
        return Clock.offset(system, Duration.between(system.instant(), startAt.get().toInstant()));
    }
}
