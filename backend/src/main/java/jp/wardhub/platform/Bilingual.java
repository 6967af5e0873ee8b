package jp.wardhub.platform;

import java.util.Objects;

/**
 * A text of a problem response in Japanese and in English; the response carries the one the caller prefers
 * ({@link ProblemLanguage}). New messages give both at the source ({@link #of}); the older ones written as one string
 * {@code "日本語 (English)"} are taken apart by {@link #split}.
 */
public record Bilingual(String ja, String en) {

    public Bilingual {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    public static Bilingual of(String ja, String en) {
        return new Bilingual(ja, en);
    }

    /** A text that reads the same in both languages (a code, a number, a name). */
    public static Bilingual same(String text) {
        return new Bilingual(text, text);
    }

    /** The text in the given language; {@link ProblemLanguage#BOTH} gives {@code "日本語 (English)"}. */
    public String in(ProblemLanguage language) {
        return switch (language) {
            case JA -> ja;
            case EN -> en;
            case BOTH -> combined();
        };
    }

    /** {@code "日本語 (English)"}, or the text once when both read the same: for logs and Open311's errors. */
    public String combined() {
        return ja.equals(en) ? ja : ja + " (" + en + ")";
    }

    /**
     * Takes a message written as one string, {@code "日本語 (English)"}, apart: the English is the balanced
     * parenthesised part at the very end (parentheses inside it may nest), the Japanese all before it. A string
     * without such a part, or whose parts do not look like Japanese before English (no Japanese letter before it, no
     * Latin letter inside it, as in {@code "中央区 (北区を除く)"}), is the same text in both languages.
     */
    public static Bilingual split(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!t.endsWith(")")) {
            return same(text);
        }
        int depth = 0;
        int open = -1;
        for (int i = t.length() - 1; i >= 0 && open < 0; i--) {
            char c = t.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                open = i;
            }
        }
        if (open <= 0) {
            return same(text);
        }
        String ja = t.substring(0, open).strip();
        String en = t.substring(open + 1, t.length() - 1).strip();
        if (ja.isEmpty() || en.isEmpty() || !hasJapanese(ja) || !hasLatinLetter(en)) {
            return same(text);
        }
        return new Bilingual(ja, en);
    }

    private static boolean hasJapanese(String s) {
        return s.codePoints().anyMatch(cp -> switch (Character.UnicodeScript.of(cp)) {
            case HIRAGANA, KATAKANA, HAN -> true;
            default -> cp >= 0xFF01 && cp <= 0xFF5E; // full-width forms (「」 are CJK punctuation: not enough alone)
        });
    }

    private static boolean hasLatinLetter(String s) {
        return s.chars().anyMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    }
}
