package jp.wardhub.queue;

/**
 * That an office's floor changed, up to which {@link QueueEvent}: what crosses from the instance that made the change
 * to every instance serving boards. The events themselves are read from the database.
 */
public record FloorChanged(long officeId, long eventId) {

    /** The form sent through a pub/sub channel: {@code officeId:eventId}. */
    public String message() {
        return officeId + ":" + eventId;
    }

    /** Parses {@link #message()}; null for anything else. */
    public static FloorChanged parse(String message) {
        int colon = message == null ? -1 : message.indexOf(':');
        if (colon < 1) {
            return null;
        }
        try {
            return new FloorChanged(Long.parseLong(message.substring(0, colon)),
                    Long.parseLong(message.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
