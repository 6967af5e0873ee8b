package jp.wardhub.platform;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The clock rules that depend on the time of day read (the counter floor's business day and closing time), so a test
 * can set the time instead of waiting for it ({@code QuarkusMock.installMockForType(fixedClock, Clock.class)}).
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(BusinessTime.ZONE);
    }
}
