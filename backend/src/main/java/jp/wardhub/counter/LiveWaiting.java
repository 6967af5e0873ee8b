package jp.wardhub.counter;

import java.util.Optional;

import jp.wardhub.counter.CounterViews.FinderQueue;

/**
 * 今何人待ち as the finder shows it. The counter floor knows the queues and implements this, so that the catalogue does
 * not depend on the floor.
 */
public interface LiveWaiting {

    /** Changes whenever a queue may have changed; part of the key of a remembered finder answer for today. */
    String version();

    /** The queue for the procedure at the office, when the office has a counter floor and is open now. */
    Optional<FinderQueue> at(long officeId, String procedureCode);
}
