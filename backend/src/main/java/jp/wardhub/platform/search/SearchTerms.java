package jp.wardhub.platform.search;

import java.lang.Character.UnicodeScript;
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
     * The characters InnoDB's full-text parser keeps inside a word, as far as a search needs them: ASCII letters and
     * digits, kanji, kana, the long vowel mark and the iteration mark. A character outside this set splits a term in
     * two for the parser; in a query that would leave a too-short term that matches nothing, so such pairs are not
     * made at all.
     */
    static boolean indexed(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
        }
        if (cp == 'ー' || cp == '々') {
            return true;
        }
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }
}
