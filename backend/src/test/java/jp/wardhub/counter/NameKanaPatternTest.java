package jp.wardhub.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reading of a procedure: hiragana only, with a pattern that also compiles in JavaScript. */
class NameKanaPatternTest {

    private static final Pattern NAME_KANA = Pattern.compile(CounterInputs.NAME_KANA);

    /** {@code @Pattern} matches the whole value. */
    private static boolean accepts(String value) {
        return NAME_KANA.matcher(value).matches();
    }

    @Test
    void theBoundPatternIsTheSharedOne() throws Exception {
        var pattern = CounterInputs.ProcedureInput.class.getDeclaredField("nameKana")
                .getAnnotation(jakarta.validation.constraints.Pattern.class);
        assertEquals(CounterInputs.NAME_KANA, pattern.regexp());
    }

    @ParameterizedTest
    @ValueSource(strings = { "じゅうみんひょうのうつし", "こうみんかん", "ゔぁ", "いすゞ", "こゝろ", "より・ゟ", "せんたー",
        "じゅうみん ひょう", "じゅうみん　ひょう", "ぁぃぅぇぉっゃゅょゎゕゖ" })
    void acceptsHiraganaReadings(String reading) {
        assertTrue(accepts(reading), reading);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ジュウミンヒョウ", "ｼﾞｭｳﾐﾝﾋｮｳ", "住民票の写し", "juminhyo", "じゅうみんひょう1", "じゅうみん-ひょう",
        "か\u3099", "か゛", "", "じゅうみん\tひょう" })
    void rejectsKatakanaKanjiLatinAndOtherMarks(String reading) {
        assertFalse(accepts(reading), reading);
    }

    /** Same set as the former {@code [\p{IsHiragana}ー・ 　]} for every character of the Basic Multilingual Plane. */
    @Test
    void sameCharactersAsTheHiraganaScriptInTheBasicPlane() {
        Pattern script = Pattern.compile("[\\p{IsHiragana}ー・ 　]");
        Pattern explicit = Pattern.compile(CounterInputs.NAME_KANA);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = Character.toString(c);
            int codePoint = c;
            assertEquals(script.matcher(s).matches(), explicit.matcher(s).matches(),
                    () -> "U+%04X".formatted(codePoint));
        }
    }
}
