package jp.wardhub.platform;

/**
 * A page of a list: {@code page} counts from 0, {@code size} is 1..{@value #MAX_SIZE}, and the page starts before
 * row {@value #MAX_OFFSET} (deeper pages would overflow an int offset and make the database skip that many rows).
 * Built from the raw query strings so that {@code page=abc} is a 400 naming the parameter rather than JAX-RS's 404
 * for unconvertible params.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** page × size must stay below this: a million rows deep, four times the largest list measured (voices). */
    public static final int MAX_OFFSET = 1_000_000;

    public static PageRequest of(String page, String size) {
        int p = parse("page", page, 0);
        int s = parse("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw ProblemException.invalid("page", "Min", "0 以上を指定してください", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", "Range",
                    "1 から " + MAX_SIZE + " までを指定してください", "must be between 1 and " + MAX_SIZE);
        }
        if (new PageRequest(p, s).offset() >= MAX_OFFSET) {
            throw ProblemException.invalid("page", "Max", "page × size は " + MAX_OFFSET + " 未満にしてください。条件で絞り込んでください",
                    "page × size must be under " + MAX_OFFSET + "; narrow the filters instead");
        }
        return new PageRequest(p, s);
    }

    /** The first row of the page, counting from 0. */
    public long offset() {
        return (long) page * size;
    }

    /** Whether a list of {@code total} rows has nothing on this page (so there is no page to read). */
    public boolean beyond(long total) {
        return offset() >= total;
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "Integer", "整数を指定してください", "must be an integer");
        }
    }
}
