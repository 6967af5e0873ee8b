package jp.wardhub.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.SlidingWindow;
import jp.wardhub.platform.retry.RetryOnConflict;

/**
 * サインイン制限 (sign-in throttle) for staff and partner clients. Failures within {@code failure-window} are counted
 * three ways, and an attempt over any limit gets 429 with {@code Retry-After} until the oldest counted failure leaves
 * the window:
 * <ul>
 * <li>per account and client address ({@code max-failures-per-account-and-address}, 5): someone guessing from one
 * place locks the account only for that place, so a stranger cannot lock a colleague (or the administrator) out;</li>
 * <li>per account ({@code max-failures-per-account}, 50): the ceiling for guessing spread over many addresses, which
 * does lock the account everywhere until the window passes or an administrator unlocks it;</li>
 * <li>per address ({@code max-failures-per-address}, 20): one address trying many accounts.</li>
 * </ul>
 * Accounts are named {@link #staff}, {@link #client} or {@link #voiceCode}, so a staff username never shares a count
 * with a client id. The same limits hold for guessing a voice's access code (照会コード) on the public status page:
 * the "account" is the voice's reference number.
 */
@ApplicationScoped
@RetryOnConflict
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);

    /** Longest stored account and address: longer ones (never real: usernames and client ids are shorter) are cut. */
    private static final int MAX_ACCOUNT = 120;
    private static final int MAX_ADDRESS = 100;

    @ConfigProperty(name = "wardhub.auth.max-failures-per-account-and-address")
    int maxPerAccountAndAddress;

    @ConfigProperty(name = "wardhub.auth.max-failures-per-account")
    int maxPerAccount;

    @ConfigProperty(name = "wardhub.auth.max-failures-per-address")
    int maxPerAddress;

    @ConfigProperty(name = "wardhub.auth.failure-window")
    Duration window;

    /** The throttle's name for a staff account (usernames are compared without case, as the database does). */
    public static String staff(String username) {
        return cut("staff:" + String.valueOf(username).toLowerCase(Locale.ROOT), MAX_ACCOUNT);
    }

    /** The throttle's name for a partner client. */
    public static String client(String clientId) {
        return cut("client:" + String.valueOf(clientId).toLowerCase(Locale.ROOT), MAX_ACCOUNT);
    }

    /** The throttle's name for the access code of a voice sent through the public form. */
    public static String voiceCode(String reference) {
        return cut("voice:" + String.valueOf(reference).toUpperCase(Locale.ROOT), MAX_ACCOUNT);
    }

    /** Refuses with 429 when the account, the address or the two together have failed too often lately. */
    @Transactional
    public void check(String account, String address) {
        check(account, address, "サインインの失敗が続いたため", "too many failed sign-ins");
    }

    /** {@link #check(String, String)}, saying what failed ({@code whyJa} ends in ため, {@code whyEn} is a phrase). */
    @Transactional
    public void check(String account, String address, String whyJa, String whyEn) {
        String at = cut(address, MAX_ADDRESS);
        Instant since = Instant.now().minus(window);
        long wait = Math.max(Math.max(
                waitFor(maxPerAccountAndAddress, "account = ?1 and address = ?2 and failedAt >= ?3", account, at,
                        since),
                waitFor(maxPerAccount, "account = ?1 and failedAt >= ?2", account, since)),
                waitFor(maxPerAddress, "address = ?1 and failedAt >= ?2", at, since));
        if (wait > 0) {
            LOG.infof("throttled %s from %s for %d s", account, at, wait);
            throw ProblemException.tooManyRequests(wait, whyJa, whyEn);
        }
    }

    /** Counted in its own transaction: the sign-in that failed rolls back, the count must not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String account, String address) {
        Instant now = Instant.now();
        LoginFailure failure = new LoginFailure();
        failure.account = account;
        failure.address = cut(address, MAX_ADDRESS);
        failure.failedAt = now;
        failure.persist();
        LoginFailure.delete("failedAt < ?1", now.minus(window));
    }

    /**
     * Forgets the account's failures from this address (typing mistakes before getting it right). Failures from
     * elsewhere stay: a sign-in from one place says nothing about guessing from another.
     */
    @Transactional
    public void recordSuccess(String account, String address) {
        LoginFailure.delete("account = ?1 and address = ?2", account, cut(address, MAX_ADDRESS));
    }

    /** Forgets all the account's failures, from every address: the administrator's unlock. */
    @Transactional
    public void unlock(String account) {
        LoginFailure.delete("account", account);
    }

    /** Of these accounts, those refused at the moment from at least one address. */
    public Set<String> locked(Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return Set.of();
        }
        var em = LoginFailure.getEntityManager();
        Instant since = Instant.now().minus(window);
        Set<String> locked = new HashSet<>(em.createQuery("select f.account from LoginFailure f"
                + " where f.account in :accounts and f.failedAt >= :since group by f.account having count(f) >= :max",
                String.class)
                .setParameter("accounts", accounts).setParameter("since", since)
                .setParameter("max", (long) maxPerAccount)
                .getResultList());
        locked.addAll(em.createQuery("select f.account from LoginFailure f"
                + " where f.account in :accounts and f.failedAt >= :since group by f.account, f.address having count(f) >= :max",
                String.class)
                .setParameter("accounts", accounts).setParameter("since", since)
                .setParameter("max", (long) maxPerAccountAndAddress)
                .getResultList());
        return locked;
    }

    public boolean isLocked(String account) {
        return !locked(List.of(account)).isEmpty();
    }

    /** Seconds until fewer than {@code max} matching failures remain in the window; 0 when there are fewer already. */
    private long waitFor(int max, String where, Object... params) {
        List<Instant> newestFirst = LoginFailure.<LoginFailure>find(where + " order by failedAt desc", params)
                .page(0, max).stream().map(f -> f.failedAt).toList();
        return SlidingWindow.secondsToWait(max, window, newestFirst, Instant.now());
    }

    private static String cut(String value, int max) {
        String v = String.valueOf(value);
        return v.length() <= max ? v : v.substring(0, max);
    }
}
