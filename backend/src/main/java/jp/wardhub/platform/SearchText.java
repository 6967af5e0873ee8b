package jp.wardhub.platform;

import java.text.Normalizer;

/**
 * The one place that decides when two search strings are "the same" for Japanese users: full-width and half-width
 * forms (NFKC), hiragana and katakana (katakana folded to hiragana), letter case, and spaces do not matter. Stored
 * search columns and incoming queries both pass through {@link #normalize}.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == '\u3000' || cp == '・') {
                return;
            }
            // katakana ァ(U+30A1)..ヶ(U+30F6) sit exactly 0x60 above hiragana ぁ..ゖ
            if (cp >= 0x30A1 && cp <= 0x30F6) {
                cp -= 0x60;
            }
            out.appendCodePoint(cp);
        });
        return out.toString();
    }

    /** Joins several fields into one stored search column. */
    public static String of(String... fields) {
        StringBuilder out = new StringBuilder();
        for (String field : fields) {
            if (field != null && !field.isBlank()) {
                out.append(normalize(field)).append('|');
            }
        }
        return out.toString();
    }

    /** A LIKE pattern for a query, with the LIKE wildcards in the query escaped (escape character {@code !}). */
    public static String likePattern(String query) {
        return containing(normalize(query));
    }

    /** A LIKE pattern matching any text that contains {@code text} as typed (escape character {@code !}). */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
