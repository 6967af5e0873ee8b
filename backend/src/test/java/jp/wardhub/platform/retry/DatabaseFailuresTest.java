package jp.wardhub.platform.retry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.TimeoutException;
import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

/** What a failure's cause chain says about the database: worth another attempt, unreachable, or neither. */
class DatabaseFailuresTest {

    private static PersistenceException wrapped(Throwable cause) {
        return new PersistenceException("could not execute statement", new RuntimeException("wrapper", cause));
    }

    @Test
    void deadlocksLockWaitsAndDuplicateKeysAreWorthAnotherAttempt() {
        assertTrue(DatabaseFailures.isTransientConflict(wrapped(new SQLException("Deadlock found", "40001", 1213))));
        assertTrue(DatabaseFailures
                .isTransientConflict(wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertTrue(DatabaseFailures
                .isLockWaitTimeout(wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertTrue(DatabaseFailures.isTransientConflict(wrapped(new SQLException("Duplicate entry", "23000", 1062))));
        assertTrue(DatabaseFailures.isTransientConflict(new TransientConflict("raced", null)));
        assertFalse(DatabaseFailures.isConnectionFailure(wrapped(new SQLException("Deadlock found", "40001", 1213))));
    }

    /**
     * A Galera node refuses a commit that lost certification to a write made on another node: the transaction
     * manager's RollbackException carries the resource's XAException, caused by the driver's deadlock error, only
     * as a suppressed exception.
     */
    private static RollbackException commitRefused(SQLException why) {
        XAException resource = new XAException(
                "Error trying to transactionCommit local transaction: " + why.getMessage());
        resource.errorCode = XAException.XA_RBROLLBACK;
        resource.initCause(why);
        RollbackException refused = new RollbackException("ARJUNA016053: Could not commit transaction.");
        refused.addSuppressed(resource);
        return refused;
    }

    @Test
    void aCommitThatLostCertificationIsWorthAnotherAttempt() {
        assertTrue(
                DatabaseFailures.isTransientConflict(commitRefused(new SQLException("Deadlock found", "40001", 1213))));
        assertFalse(DatabaseFailures
                .isTransientConflict(commitRefused(new SQLNonTransientConnectionException("closed", "08003", 0))));
        assertTrue(DatabaseFailures
                .isConnectionFailure(commitRefused(new SQLNonTransientConnectionException("closed", "08003", 0))));
    }

    @Test
    void anUnreachableDatabaseIsAConnectionFailureNotAConflict() {
        SQLException noConnection = new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException());
        assertTrue(DatabaseFailures.isConnectionFailure(wrapped(noConnection)));
        assertTrue(DatabaseFailures
                .isConnectionFailure(wrapped(new SQLNonTransientConnectionException("Socket error", "08000", 0))));
        assertTrue(DatabaseFailures
                .isConnectionFailure(wrapped(new SQLException("Could not connect", new ConnectException("refused")))));
        assertTrue(DatabaseFailures.isConnectionFailure(
                wrapped(new SQLException("Exception in association of connection to existing transaction"))));
        assertFalse(DatabaseFailures
                .isTransientConflict(wrapped(new SQLNonTransientConnectionException("closed", "08003", 1213))));
    }

    @Test
    void otherFailuresAreNeither() {
        SQLException syntax = new SQLException("You have an error in your SQL syntax", "42000", 1064);
        assertFalse(DatabaseFailures.isTransientConflict(wrapped(syntax)));
        assertFalse(DatabaseFailures.isConnectionFailure(wrapped(syntax)));
        assertFalse(DatabaseFailures.isTransientConflict(new IllegalStateException("bug")));
        assertFalse(DatabaseFailures.isConnectionFailure(null));
    }
}
