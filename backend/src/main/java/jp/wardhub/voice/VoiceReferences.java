package jp.wardhub.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reference numbers for residents: {@code V-<year>-<6 digits>}, unique and without gaps per year. The year's counter
 * row is locked (SELECT ... FOR UPDATE) in the creating transaction, so concurrent creates on any number of replicas
 * queue on it and a rolled-back create gives its number back.
 */
@ApplicationScoped
public class VoiceReferences {

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        // Make sure the row exists before locking it: a locking read of a missing row would take a gap lock that
        // the insert in its own transaction would then wait on.
        RuntimeException createFailure = VoiceCounter.count("year", year) == 0 ? createCounter(year) : null;
        VoiceCounter counter = VoiceCounter.findById(year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw createFailure != null ? createFailure : new IllegalStateException("no voice counter for " + year);
        }
        counter.lastNumber++;
        return format(year, counter.lastNumber);
    }

    public static String format(int year, int number) {
        return "V-%d-%06d".formatted(year, number);
    }

    /**
     * The first create of a year adds its row in a transaction of its own; when two race, the loser's insert fails
     * on the primary key and it uses the winner's row. Returns that failure, if any, for when no row turns up.
     */
    private static RuntimeException createCounter(int year) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                VoiceCounter counter = new VoiceCounter();
                counter.year = year;
                counter.lastNumber = 0;
                counter.persist();
            });
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
