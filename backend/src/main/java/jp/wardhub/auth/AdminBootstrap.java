package jp.wardhub.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jp.wardhub.organization.StaffService;

/**
 * The first administrator, without SQL: at start, when no active administrator exists and the operator set
 * {@code WARDHUB_BOOTSTRAP_ADMIN_USERNAME} and a password ({@code WARDHUB_BOOTSTRAP_ADMIN_PASSWORD}, or
 * {@code WARDHUB_BOOTSTRAP_ADMIN_PASSWORD_FILE} naming a file that holds it, e.g. a container secret), the account is
 * created; it must choose a new password at first sign-in, so the start-up secret stops being a valid password at
 * once. Idle whenever an active administrator exists, so leaving the variables set is harmless.
 */
@ApplicationScoped
public class AdminBootstrap {

    public enum Outcome {
        /** An active administrator exists: nothing done. */
        IDLE,
        /** No variables set: nothing to do. */
        NOT_CONFIGURED,
        /** The variables are set but unusable (password missing or too short, file unreadable): nothing done. */
        REFUSED,
        CREATED
    }

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @ConfigProperty(name = "wardhub.bootstrap.admin-username")
    Optional<String> username;

    @ConfigProperty(name = "wardhub.bootstrap.admin-password")
    Optional<String> password;

    @ConfigProperty(name = "wardhub.bootstrap.admin-password-file")
    Optional<String> passwordFile;

    @Inject
    StaffService staff;

    void onStart(@Observes StartupEvent event) {
        run(username, password, passwordFile);
    }

    public Outcome run(Optional<String> username, Optional<String> password, Optional<String> passwordFile) {
        if (username.filter(u -> !u.isBlank()).isEmpty()) {
            return Outcome.NOT_CONFIGURED;
        }
        if (staff.activeAdministratorExists()) {
            LOG.debug("first-administrator bootstrap idle: an active administrator exists");
            return Outcome.IDLE;
        }
        Optional<String> secret;
        try {
            secret = password.filter(p -> !p.isEmpty()).or(() -> passwordFile.map(AdminBootstrap::read));
        } catch (IllegalStateException e) {
            LOG.error(e.getMessage());
            return Outcome.REFUSED;
        }
        if (secret.isEmpty() || secret.get().length() < StaffService.MIN_PASSWORD_LENGTH) {
            LOG.errorf("first administrator not created: set WARDHUB_BOOTSTRAP_ADMIN_PASSWORD or "
                    + "WARDHUB_BOOTSTRAP_ADMIN_PASSWORD_FILE to a password of at least %d characters",
                    StaffService.MIN_PASSWORD_LENGTH);
            return Outcome.REFUSED;
        }
        String name = username.get().trim();
        if (!staff.bootstrapAdministrator(name, secret.get())) {
            LOG.errorf("first administrator not created: the account '%s' exists with another role", name);
            return Outcome.REFUSED;
        }
        LOG.infof("first administrator '%s' created; it must change its password at first sign-in", name);
        return Outcome.CREATED;
    }

    /** The file's first line: secret files often end with a newline that is not part of the password. */
    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new IllegalStateException(
                    "first administrator not created: cannot read WARDHUB_BOOTSTRAP_ADMIN_PASSWORD_FILE " + file);
        }
    }
}
