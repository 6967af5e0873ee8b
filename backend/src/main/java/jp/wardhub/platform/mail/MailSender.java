package jp.wardhub.platform.mail;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.mail.MailClient;

/**
 * Plain-text e-mail over SMTP, with the Vert.x mail client. Not the Quarkus mailer: it brings Qute, whose dev mode asks
 * for an artifact a Maven mirror may not serve (then {@code quarkus:dev} cannot start), and we send no templates.
 * A mail that fails is tried twice more, a second and two seconds later: a server that is busy or restarting, or that
 * closed a pooled connection, answers 421 and the like for a moment. {@code wardhub.mail.log-only} writes mails to the
 * log instead (the dev run and the demo).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    /** {@code wardhub.mail.*}: the SMTP server and the sender's address. */
    @ConfigMapping(prefix = "wardhub.mail")
    public interface Settings {
        String host();

        int port();

        String from();

        Optional<String> username();

        Optional<String> password();

        /** DISABLED, OPTIONAL or REQUIRED. */
        @WithDefault("OPTIONAL")
        StartTLSOptions startTls();

        /** TLS from the first byte (port 465). */
        @WithDefault("false")
        boolean ssl();

        /**
         * How long an idle pooled connection is kept. A server closes a connection idle longer than it allows (421), and
         * the next mail sent on it fails: idle ones are closed well before the shortest common server timeout (30 s),
         * and a mail that fails all the same is tried again on a new connection (a CI run lost one sent 35 s after the
         * one before, on a connection this setting should have closed).
         */
        @WithDefault("PT10S")
        Duration keepAliveTimeout();

        @WithDefault("false")
        boolean logOnly();
    }

    @Inject
    Settings settings;

    @Inject
    Vertx vertx;

    private MailClient client;

    @PostConstruct
    void open() {
        if (settings.logOnly()) {
            return;
        }
        MailConfig config = new MailConfig()
                .setHostname(settings.host())
                .setPort(settings.port())
                .setStarttls(settings.startTls())
                .setSsl(settings.ssl())
                .setKeepAliveTimeout((int) settings.keepAliveTimeout().toMillis())
                .setKeepAliveTimeoutUnit(TimeUnit.MILLISECONDS);
        settings.username().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        client = MailClient.create(vertx, config);
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.closeAndAwait();
        }
    }

    /** Sends a plain-text mail; the result fails only after the third try. */
    public Uni<Void> send(String to, String subject, String text) {
        if (client == null) {
            LOG.infof("mail not sent (wardhub.mail.log-only): to %s, subject %s%n%s", to, subject, text);
            return Uni.createFrom().voidItem();
        }
        MailMessage message = new MailMessage().setFrom(settings.from()).setTo(to).setSubject(subject).setText(text);
        return client.sendMail(message)
                .onFailure().retry().withBackOff(Duration.ofSeconds(1)).atMost(2)
                .replaceWithVoid();
    }
}
