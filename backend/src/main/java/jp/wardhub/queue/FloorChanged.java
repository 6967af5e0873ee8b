package jp.wardhub.queue;

/**
 * That an office's floor changed, up to which {@link QueueEvent}: what crosses from the instance that made the change
 * to every instance serving boards. The events themselves are read from the database. {@code layout} says the
 * windows or lanes themselves changed (not only tickets), so what is kept of the layout ({@link FloorPlans}) is
 * dropped too.
 */
public record FloorChanged(long officeId, long eventId, boolean layout) {

    private static final String LAYOUT = "layout";

    /** The form sent through a pub/sub channel: {@code officeId:eventId}, or {@code officeId:eventId:layout}. */
    public String message() {
        return officeId + ":" + eventId + (layout ? ":" + LAYOUT : "");
    }

    /** Parses {@link #message()}; null for anything else. */
    public static FloorChanged parse(String message) {
        String[] parts = message == null ? new String[0] : message.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !parts[2].equals(LAYOUT)) {
            return null;
        }
        try {
            return new FloorChanged(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts.length == 3);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
