package jp.wardhub.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.retry.RetryOnConflict;

/**
 * Limits failed sign-ins: after {@code max-failures-per-account} failures for one account, or
 * {@code max-failures-per-address} from one client address, within {@code failure-window}, further attempts get 429
 * with {@code Retry-After} until the oldest counted failure leaves the window.
 */
@ApplicationScoped
@RetryOnConflict
public class LoginThrottle {

    @ConfigProperty(name = "wardhub.auth.max-failures-per-account")
    int maxPerAccount;

    @ConfigProperty(name = "wardhub.auth.max-failures-per-address")
    int maxPerAddress;

    @ConfigProperty(name = "wardhub.auth.failure-window")
    Duration window;

    @Transactional
    public void check(String account, String address) {
        Instant since = Instant.now().minus(window);
        refuseIfOver(accountKey(account), maxPerAccount, since);
        refuseIfOver(addressKey(address), maxPerAddress, since);
    }

    /** Counted in its own transaction: the sign-in that failed rolls back, the count must not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String account, String address) {
        Instant now = Instant.now();
        for (String subject : new String[] { accountKey(account), addressKey(address) }) {
            LoginFailure failure = new LoginFailure();
            failure.subject = subject;
            failure.failedAt = now;
            failure.persist();
        }
        LoginFailure.delete("failedAt < ?1", now.minus(window));
    }

    @Transactional
    public void recordSuccess(String account) {
        LoginFailure.delete("subject", accountKey(account));
    }

    private void refuseIfOver(String subject, int max, Instant since) {
        var recent = LoginFailure.<LoginFailure>find("subject = ?1 and failedAt >= ?2 order by failedAt desc", subject, since)
                .page(0, max).list();
        if (recent.size() < max) {
            return;
        }
        Instant oldestCounted = recent.get(max - 1).failedAt;
        long retryAfter = Math.max(1, Duration.between(Instant.now(), oldestCounted.plus(window)).toSeconds() + 1);
        throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                "サインインの失敗が続いたため一時的に制限しています。" + retryAfter + " 秒後に再度お試しください (too many failed sign-ins; retry in "
                        + retryAfter + " s)",
                java.util.List.of(), Map.of("Retry-After", Long.toString(retryAfter)));
    }

    private static String accountKey(String account) {
        return "account:" + account.toLowerCase(java.util.Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
