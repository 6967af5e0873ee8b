package jp.wardhub.platform.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jp.wardhub.platform.SearchText;

/**
 * The terms of the full-text index (n-gram 索引): every two neighbouring letters or digits of a text folded by
 * {@link SearchText}, behind the kind's letter ("街灯が" → {@code v街灯 v灯が}). The index only narrows a search to the
 * records holding all of a query's pairs; the list still checks that the query occurs as typed, so a pair the index
 * lacks can only make the index unused, never lose a match.
 */
public final class SearchTerms {

    /** More pairs than this add little: the records holding the first ones are few and the text check decides. */
    private static final int MAX_QUERY_TERMS = 10;

    private SearchTerms() {
    }

    /** A document's terms, each pair once, separated by spaces. */
    public static String document(SearchKind kind, String searchText) {
        return String.join(" ", pairs(kind, searchText == null ? "" : searchText, Integer.MAX_VALUE));
    }

    /**
     * A boolean-mode query requiring each pair of {@code query} ({@code +v街灯 +v灯が}), or an empty string when it has
     * none (one character, or symbols only): then the index cannot narrow the search.
     */
    public static String required(SearchKind kind, String query) {
        return pairs(kind, SearchText.normalize(query), MAX_QUERY_TERMS).stream()
                .map(term -> "+" + term).collect(Collectors.joining(" "));
    }

    private static Set<String> pairs(SearchKind kind, String folded, int limit) {
        Set<String> terms = new LinkedHashSet<>();
        int[] cps = folded.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length && terms.size() < limit; i++) {
            if (indexed(cps[i]) && indexed(cps[i + 1])) {
                terms.add(new StringBuilder(3).append(kind.letter()).appendCodePoint(cps[i]).appendCodePoint(cps[i + 1])
                        .toString());
            }
        }
        return terms;
    }

    /**
     * The characters InnoDB's full-text parser keeps inside a word, as far as a search needs them (measured on MariaDB
     * 10.11 with utf8mb4, pinned by {@code SearchIndexTest}): ASCII letters and digits, the kanji of Unicode 1.1 and
     * extension A (every kanji in common use; later additions and those beyond U+FFFF split a word there), kana, the
     * long vowel mark and the iteration mark. A character outside this set would split a query's pair into pieces too
     * short to match anything, so no pair is made with it: such a query is narrowed by its other pairs only.
     */
    static boolean indexed(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
        }
        return (cp >= 0x4E00 && cp <= 0x9FA5) // CJK unified ideographs
                || (cp >= 0x3400 && cp <= 0x4DB5) // extension A
                || (cp >= 0x3041 && cp <= 0x3096) // hiragana
                || (cp >= 0x30A1 && cp <= 0x30FA) // katakana that folding leaves (ヷ…ヺ)
                || cp == 'ー' || cp == '々';
    }
}
