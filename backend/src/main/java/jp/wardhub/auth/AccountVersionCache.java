package jp.wardhub.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jp.wardhub.organization.StaffService;

/**
 * The current token version of each account, as the per-request token check needs it. Reading the database on every
 * request would add a query to each one, so answers are kept for {@code wardhub.auth.account-check-ttl} (a few
 * seconds): a change committed on this replica drops the entry at once ({@link AccountChanged}), a change on another
 * replica is seen when the entry expires.
 */
@ApplicationScoped
public class AccountVersionCache {

    /** What the check needs: the version tokens must carry, and whether the account may sign in at all. */
    public record State(long tokenVersion, boolean active) {
    }

    private record Entry(Optional<State> state, long loadedAt) {
    }

    @ConfigProperty(name = "wardhub.auth.account-check-ttl")
    Duration ttl;

    @Inject
    StaffService staff;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** Counts committed changes, so that a load that raced with one does not put the stale answer back. */
    private final AtomicLong changes = new AtomicLong();

    static String staffKey(String username) {
        return "staff:" + username;
    }

    static String partnerKey(String clientId) {
        return "partner:" + clientId;
    }

    /** Whether a token of this account carrying {@code tokenVersion} is still good. */
    public boolean accepts(Role role, String name, long tokenVersion) {
        String key = role == Role.PARTNER ? partnerKey(name) : staffKey(name);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry == null || now - entry.loadedAt() > ttl.toNanos()) {
            long before = changes.get();
            entry = new Entry(load(role, name), now);
            if (changes.get() == before) {
                entries.put(key, entry);
            }
        }
        return entry.state().map(s -> s.active() && s.tokenVersion() == tokenVersion).orElse(false);
    }

    /** In a transaction of its own: the check runs before the request's resource method, outside any. */
    private Optional<State> load(Role role, String name) {
        return QuarkusTransaction.joiningExisting().call(() -> role == Role.PARTNER
                ? PartnerClient.<PartnerClient>findByIdOptional(name).map(c -> new State(c.tokenVersion, c.active))
                : staff.tokenState(name).map(s -> new State(s.tokenVersion(), s.active())));
    }

    void onAccountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged event) {
        changes.incrementAndGet();
        entries.remove(event.key());
    }
}
