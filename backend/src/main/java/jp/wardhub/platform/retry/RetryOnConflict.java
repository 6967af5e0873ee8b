package jp.wardhub.platform.retry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Runs the whole transaction again when the database gives it up for a transient reason (a deadlock, a lock wait
 * timeout, two creates racing for one idempotency key): a bounded number of times with a short jittered pause, then
 * a 409 {@code write-conflict} with {@code Retry-After}. The interceptor sits outside {@code @Transactional}, so each
 * attempt is a fresh transaction that reads the current state again (and so answers 412 when the caller's ETag has
 * gone stale meanwhile). A call made inside a transaction someone else started is not retried here: the outermost
 * annotated call retries the whole of it.
 *
 * <p>Every service that writes carries it (a test checks that). Repeat work must be safe: events fired inside the
 * transaction are observed after commit, never for an attempt that rolled back.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RetryOnConflict {
}
