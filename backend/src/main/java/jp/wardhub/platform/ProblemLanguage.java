package jp.wardhub.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of a problem response's texts ({@code title}, {@code detail}, each field error's {@code message}):
 * Japanese unless the caller's {@code Accept-Language} prefers English. Open311's errors keep both languages in one
 * text ({@link #BOTH}), as GeoReport's clients have always read them.
 */
public enum ProblemLanguage {
    JA, EN, BOTH;

    public static final String ACCEPT_LANGUAGE = "Accept-Language";
    /** Beyond this many ranges a header is not a browser's: the rest is not read. */
    private static final int MAX_RANGES = 32;

    /** The language for a request to {@code path} with this {@code Accept-Language} (either may be null). */
    public static ProblemLanguage forRequest(String path, String acceptLanguage) {
        return GeoReportErrors.covers(path) ? BOTH : fromAcceptLanguage(acceptLanguage);
    }

    /**
     * English when the header gives English a higher quality than Japanese ({@code en;q=0.9, ja;q=0.8}), or the same
     * quality and names it first; Japanese otherwise, including for no header, a malformed one, or only other
     * languages. A range names a language by its primary subtag ({@code en-US} is English); {@code *} stands for
     * either language the header does not name; a range with a malformed or out-of-range {@code q} is ignored.
     */
    public static ProblemLanguage fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return JA;
        }
        Preference ja = new Preference();
        Preference en = new Preference();
        Preference any = new Preference();
        String[] ranges = header.split(",", MAX_RANGES + 1);
        for (int position = 0; position < Math.min(ranges.length, MAX_RANGES); position++) {
            String[] parts = ranges[position].split(";", -1);
            String tag = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            if (q < 0) {
                continue;
            }
            int dash = tag.indexOf('-');
            switch (dash < 0 ? tag : tag.substring(0, dash)) {
                case "ja" -> ja.offer(q, position);
                case "en" -> en.offer(q, position);
                case "*" -> any.offer(q, position);
                default -> {
                    // another language: neither ours
                }
            }
        }
        Preference japanese = ja.named() ? ja : any;
        Preference english = en.named() ? en : any;
        boolean englishFirst = english.q > japanese.q
                || english.q == japanese.q && english.q > 0 && english.position < japanese.position;
        return englishFirst ? EN : JA;
    }

    /** The range's {@code q} (1 when absent), or -1 when it is malformed or outside 0..1. */
    private static double quality(String[] parts) {
        double q = 1;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                String value = parameter.substring(2).strip();
                if (!value.matches("[01](\\.\\d{0,3})?")) {
                    return -1;
                }
                q = Double.parseDouble(value);
            }
        }
        return q <= 1 ? q : -1;
    }

    /** The best quality a header gives one language, and where the range that gives it stands. */
    private static final class Preference {
        double q = 0;
        int position = Integer.MAX_VALUE;
        private boolean named;

        void offer(double quality, int at) {
            if (!named || quality > q) {
                q = quality;
                position = at;
            }
            named = true;
        }

        boolean named() {
            return named;
        }
    }

    /** The value of {@code Content-Language} for a response in this language; none for {@link #BOTH}. */
    public Optional<String> contentLanguage() {
        return switch (this) {
            case JA -> Optional.of("ja");
            case EN -> Optional.of("en");
            case BOTH -> Optional.empty();
        };
    }

    /** The locale Bean Validation's own messages are read in. */
    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.JAPAN;
    }
}
