package jp.wardhub.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server inside the test JVM, for every {@code @QuarkusTest}: the application's mailer is pointed at it,
 * and a test reads what arrived for an address of its own (tests share the server, so each uses its own recipients).
 */
@QuarkusTestResource(SmtpServer.class)
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    /** Only a safety net: a mail that never comes fails the test after this, however slow the machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static volatile GreenMail server;

    /** A mail as a test reads it. */
    public record Mail(String to, String subject, String text) {
    }

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("wardhub.mail.host", "127.0.0.1", "wardhub.mail.port", Integer.toString(port),
                "wardhub.mail.log-only", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The mails received so far for {@code to}. */
    public static List<Mail> mailsTo(String to) {
        return Arrays.stream(server.getReceivedMessages()).map(SmtpServer::read).filter(m -> m.to().equals(to))
                .toList();
    }

    /** Waits until {@code count} mails have arrived for {@code to}, and returns them in order of arrival. */
    public static List<Mail> awaitMails(String to, int count) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        List<Mail> mails = mailsTo(to);
        while (mails.size() < count && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            mails = mailsTo(to);
        }
        if (mails.size() < count) {
            throw new AssertionError("expected " + count + " mails for " + to + ", got " + mails.size());
        }
        return mails;
    }

    private static Mail read(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return new Mail(to == null || to.length == 0 ? "" : to[0].toString(), message.getSubject(), text(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text body, decoded by hand: the mail library's content handlers are not on the test's class path. */
    private static String text(MimeMessage message) {
        try (InputStream raw = MimeUtility.decode(message.getRawInputStream(), message.getEncoding())) {
            String type = message.getContentType();
            String charset = new ContentType(type).getParameter("charset");
            return new String(raw.readAllBytes(), charset == null ? "UTF-8" : charset);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
