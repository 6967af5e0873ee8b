package jp.wardhub.counter;

import jp.wardhub.platform.ProblemException;

/**
 * Names a place where procedures are done: an office ({@code office:12}) or a channel ({@code channel:mail}). The
 * same string keys availability rows and opening periods, so one column serves both kinds of place.
 */
public record PlaceKey(Kind kind, String id) {

    public enum Kind {
        OFFICE, CHANNEL
    }

    public static PlaceKey office(long id) {
        return new PlaceKey(Kind.OFFICE, Long.toString(id));
    }

    public static PlaceKey channel(String code) {
        return new PlaceKey(Kind.CHANNEL, code);
    }

    /** Parses {@code office:12} or {@code channel:mail}; anything else is a 400 naming the field. */
    public static PlaceKey parse(String field, String key) {
        if (key != null) {
            if (key.startsWith("office:") && key.substring(7).matches("\\d{1,18}")) {
                return new PlaceKey(Kind.OFFICE, key.substring(7));
            }
            if (key.startsWith("channel:") && key.substring(8).matches("[a-z0-9-]{1,40}")) {
                return new PlaceKey(Kind.CHANNEL, key.substring(8));
            }
        }
        throw ProblemException.invalid(field, "PlaceKey",
                "office:<id> または channel:<code> で指定してください (office:<id> or channel:<code>)");
    }

    public Long officeId() {
        return kind == Kind.OFFICE ? Long.valueOf(id) : null;
    }

    public String channelCode() {
        return kind == Kind.CHANNEL ? id : null;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
