package jp.wardhub.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parses query parameters the way the API promises: a bad value is a 400 naming the parameter, not the 404 that
 * JAX-RS gives for a parameter it cannot convert.
 */
public final class QueryParams {

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
            throw ProblemException.invalid(name, "Enum", "次のいずれかを指定してください: " + allowed + " (one of: " + allowed + ")");
        }
    }
}
