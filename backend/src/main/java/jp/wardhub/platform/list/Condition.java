package jp.wardhub.platform.list;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HQL condition with its named parameters, e.g. the records a caller may read ({@code ProjectPolicy.readScope}).
 * Parameter names are the condition's own; a {@link ListQuery} that adds two conditions keeps them apart by name.
 */
public record Condition(String hql, Map<String, Object> params) {

    /** No restriction. */
    public static final Condition ALL = new Condition("1 = 1", Map.of());
    /** Nothing at all (a caller who may read none of the list). */
    public static final Condition NONE = new Condition("1 = 0", Map.of());

    public Condition {
        params = Map.copyOf(params);
    }

    /** {@code of("p.wardCode = :mine", "mine", c.wardCode())}: names and values alternate. */
    public static Condition of(String hql, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate: " + hql);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Condition(hql, params);
    }
}
