package jp.wardhub.platform.retry;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import jp.wardhub.platform.ProblemType;

/**
 * Reads a failure's cause chain for what the database meant: a transient conflict between transactions (worth
 * running the transaction again) or an unreachable database (worth a 503, not a 500).
 */
public final class DatabaseFailures {

    /** 409: the write met concurrent ones and did not get through in a few attempts; nothing was changed. */
    public static final ProblemType WRITE_CONFLICT = ProblemType.of("write-conflict", 409,
            "他の更新と競合しました。少し待ってからやり直してください", "Conflict with a concurrent update; retry shortly");
    /**
     * 503: the database cannot be reached. Whether a write that broke off during its commit was made is unknown to
     * the caller, so creates are retried with their Idempotency-Key (made once) and updates with their ETag (412 if made).
     */
    public static final ProblemType SERVICE_UNAVAILABLE = ProblemType.of("service-unavailable", 503,
            "一時的に利用できません。しばらく待ってから再度お試しください", "Service temporarily unavailable; retry later");

    /** MariaDB/MySQL: lock wait timeout exceeded. */
    static final int LOCK_WAIT_TIMEOUT = 1205;
    /**
     * MariaDB/MySQL: deadlock found when trying to get lock. A Galera node answers a commit that lost certification to
     * a write made on another node the same way, at commit: the transaction manager's RollbackException then holds
     * it among its suppressed exceptions, which {@link #chain} follows.
     */
    static final int DEADLOCK = 1213;
    /**
     * MariaDB/MySQL: duplicate entry for a unique key. Between checked writes it means a concurrent transaction
     * inserted the same key first (the next revision number, the same idempotency key): the next attempt reads what
     * it inserted and answers accordingly (412, a replay).
     */
    static final int DUPLICATE_KEY = 1062;
    /** MariaDB/MySQL: the lock table is full / the query was interrupted for a lock (Galera certification too). */
    static final int LOCK_ABORTED = 1180;

    private DatabaseFailures() {
    }

    /**
     * A deadlock, a lock wait timeout, a serialization failure, a unique key a concurrent transaction took first, or
     * a race the code marked as one.
     */
    public static boolean isTransientConflict(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof TransientConflict || t instanceof LockAcquisitionException
                    || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException || t instanceof SQLTransactionRollbackException
                    || t instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            if (t instanceof SQLException e && !isConnection(e)) {
                int code = e.getErrorCode();
                String state = e.getSQLState();
                if (code == DEADLOCK || code == LOCK_WAIT_TIMEOUT || code == LOCK_ABORTED || code == DUPLICATE_KEY
                        || "40001".equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The statement waited longer than {@code innodb_lock_wait_timeout} for a lock another transaction holds. */
    public static boolean isLockWaitTimeout(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof LockTimeoutException
                    || (t instanceof SQLException e && e.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** The database could not be reached or the connection broke: no connection in time, refused, reset, closed. */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof JDBCConnectionException || t instanceof ConnectException || t instanceof SocketException
                    || t instanceof SocketTimeoutException || t instanceof EOFException) {
                return true;
            }
            if (t instanceof SQLException e && isConnection(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnection(SQLException e) {
        String state = e.getSQLState();
        String message = e.getMessage();
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || (state != null && state.startsWith("08"))
                || e.getCause() instanceof TimeoutException // the pool had no connection to give in time
                || (message != null && (message.startsWith("Acquisition timeout")
                        // the pool could not begin the transaction on the connection: it broke while idle
                        || message.startsWith("Exception in association of connection to existing transaction")));
    }

    /** The failure, its causes and what they suppressed, each once. */
    private static Iterable<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Throwable> todo = new ArrayDeque<>();
        List<Throwable> out = new ArrayList<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && out.size() < 50) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            out.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException e && e.getNextException() != null) {
                todo.add(e.getNextException());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return out;
    }
}
