package jp.wardhub.usage;

import java.util.Arrays;
import java.util.stream.Collectors;

import jp.wardhub.platform.ProblemException;

/** How counter statistics are grouped; the wire names are those of the {@code groupBy} query parameter. */
public enum Grouping {
    DAY("day"), HOUR("hour"), WEEKDAY_HOUR("weekday-hour"), MONTH("month"), OFFICE("office"), WINDOW("window"),
    LANE("lane"), PROCEDURE("procedure");

    final String wire;

    Grouping(String wire) {
        this.wire = wire;
    }

    /** Utilisation is only defined for a group of windows with known opening time. */
    boolean hasUtilisation() {
        return this == OFFICE || this == WINDOW;
    }

    /** A missing value groups by day; an unknown one is a 400 naming {@code groupBy}. */
    static Grouping parse(String value) {
        if (value == null || value.isBlank()) {
            return DAY;
        }
        for (Grouping g : values()) {
            if (g.wire.equals(value.trim())) {
                return g;
            }
        }
        String names = Arrays.stream(values()).map(g -> g.wire).collect(Collectors.joining(", "));
        throw ProblemException.invalid("groupBy", "Enum",
                names + " のいずれかを指定してください (one of: " + names + ")");
    }
}
