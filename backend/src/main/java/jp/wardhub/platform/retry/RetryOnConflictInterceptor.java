package jp.wardhub.platform.retry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import jp.wardhub.platform.Bilingual;
import jp.wardhub.platform.ProblemException;

/**
 * {@link RetryOnConflict}: priority 100 puts it outside the transaction interceptor (200), so every attempt is a
 * transaction of its own.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {

    private static final Logger LOG = Logger.getLogger(RetryOnConflictInterceptor.class);

    @Inject
    TransactionManager transactions;

    /** Attempts in all, the first included. */
    @ConfigProperty(name = "wardhub.retry.attempts", defaultValue = "4")
    int attempts;

    /** The pause before the first retry; each further one doubles it, all with ±50 % jitter. */
    @ConfigProperty(name = "wardhub.retry.backoff", defaultValue = "PT0.02S")
    Duration backoff;

    /** No new attempt starts once this much time has passed since the first began (lock waits are slow). */
    @ConfigProperty(name = "wardhub.retry.within", defaultValue = "PT5S")
    Duration within;

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        if (!beginsItsOwnTransaction(context)) {
            return context.proceed();
        }
        long started = System.nanoTime();
        for (int attempt = 1;; attempt++) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (!DatabaseFailures.isTransientConflict(e)) {
                    throw e;
                }
                String what = context.getMethod().getDeclaringClass().getSimpleName() + "."
                        + context.getMethod().getName();
                if (attempt >= attempts || System.nanoTime() - started > within.toNanos()) {
                    LOG.warnf("%s gave up after %d attempts: %s", what, attempt, rootMessage(e));
                    throw writeConflict();
                }
                LOG.debugf("%s attempt %d met a concurrent transaction, running it again: %s", what, attempt,
                        rootMessage(e));
                pause(attempt);
            }
        }
    }

    /** 409 write-conflict: the caller's request was fine, another one held the records; try again shortly. */
    public static ProblemException writeConflict() {
        return new ProblemException(DatabaseFailures.WRITE_CONFLICT,
                Bilingual.of("同時に行われた他の更新と競合しました。少し待ってからやり直してください",
                        "the change collided with concurrent ones; retry shortly"),
                List.of(), Map.of("Retry-After", "1"));
    }

    /**
     * Only where a transaction starts can it be run again: not inside one a caller began (that caller's retry covers
     * it), except for a method that always begins a new one.
     */
    private boolean beginsItsOwnTransaction(InvocationContext context) throws SystemException {
        if (transactions.getStatus() == Status.STATUS_NO_TRANSACTION) {
            return true;
        }
        Transactional tx = context.getMethod().getAnnotation(Transactional.class);
        if (tx == null) {
            tx = context.getMethod().getDeclaringClass().getAnnotation(Transactional.class);
        }
        return tx != null && tx.value() == Transactional.TxType.REQUIRES_NEW;
    }

    private void pause(int attempt) throws InterruptedException {
        long base = backoff.toMillis() << Math.min(attempt - 1, 6);
        long millis = (long) (base * (0.5 + ThreadLocalRandom.current().nextDouble()));
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
