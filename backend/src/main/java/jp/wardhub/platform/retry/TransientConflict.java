package jp.wardhub.platform.retry;

/**
 * A conflict with a concurrent transaction that running this one again resolves (e.g. a create that lost the race
 * for its idempotency key: the next attempt finds the winner's answer). {@link RetryOnConflict} retries it.
 */
public class TransientConflict extends RuntimeException {

    public TransientConflict(String message, Throwable cause) {
        super(message, cause);
    }
}
