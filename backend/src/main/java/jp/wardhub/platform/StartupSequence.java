package jp.wardhub.platform;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jp.wardhub.auth.TokenKeyCheck;

/**
 * What happens first at start, in this order: the token keys are checked ({@link TokenKeyCheck}), then Flyway
 * cleans (dev and test only) and migrates the database. Quarkus' own {@code migrate-at-start} is off so that a start
 * with unusable keys stops with one log line before the database is touched.
 */
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class);

    /** One step of the sequence. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /** A step that, when it fails, stops the start with its message. */
    public record Check(String name, Step step) {
    }

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "wardhub.db.clean-at-start", defaultValue = "false")
    boolean cleanAtStart;

    @ConfigProperty(name = "wardhub.db.migrate-at-start", defaultValue = "true")
    boolean migrateAtStart;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        String refusal = run(List.of(new Check("token keys", () -> TokenKeyCheck.check(ConfigProvider.getConfig()))),
                cleanAtStart ? flyway::clean : null, migrateAtStart ? this::migrate : null);
        if (refusal == null) {
            return;
        }
        LOG.error(refusal);
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            Quarkus.asyncExit(1);
        } else {
            throw new IllegalStateException(refusal);
        }
    }

    /**
     * Migrates, then closes the pool's connections: Flyway's carry the session settings of its {@code init-sql}
     * (auto-increment in steps of 1), which the app's inserts must not inherit.
     */
    private void migrate() {
        flyway.migrate();
        dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
    }

    /**
     * Runs the checks, then (only when every check passed) clean and migrate. Returns null when all went well, else
     * the one line that says why WardHub does not start.
     */
    static String run(List<Check> checks, Runnable clean, Runnable migrate) {
        for (Check check : checks) {
            try {
                check.step().run();
            } catch (Exception e) {
                return "WardHub will not start (" + check.name() + "): " + e.getMessage()
                        + ". The database was not touched.";
            }
        }
        if (clean != null) {
            clean.run();
        }
        if (migrate != null) {
            migrate.run();
        }
        return null;
    }
}
