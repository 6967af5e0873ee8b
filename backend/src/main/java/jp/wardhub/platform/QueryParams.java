package jp.wardhub.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parses query parameters the way the API promises: a bad value is a 400 naming the parameter, not the 404 that
 * JAX-RS gives for a parameter it cannot convert.
 */
public final class QueryParams {

    public static final int MIN_FISCAL_YEAR = 2000;
    public static final int MAX_FISCAL_YEAR = 2100;

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalid(name, "Enum", "次のいずれかを指定してください: " + allowed, "one of: " + allowed);
        }
    }

    /** {@code true}/{@code false}, or a 400 naming the parameter. */
    public static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "Boolean", "true か false を指定してください", "true or false");
        };
    }

    /** A record's id, or a 400 naming the parameter. */
    public static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "Integer", "整数を指定してください", "must be an integer");
        }
    }

    /** A fiscal year (年度) from {@value #MIN_FISCAL_YEAR} to {@value #MAX_FISCAL_YEAR}, or a 400 naming the parameter. */
    public static Integer fiscalYear(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range year
        }
        throw ProblemException.invalid(name, "Range",
                MIN_FISCAL_YEAR + "〜" + MAX_FISCAL_YEAR + " の年度を指定してください",
                "a fiscal year from " + MIN_FISCAL_YEAR + " to " + MAX_FISCAL_YEAR);
    }
}
