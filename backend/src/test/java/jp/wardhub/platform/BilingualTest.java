package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The splitter of the messages written as one string, "日本語 (English)". */
class BilingualTest {

    @Test
    void theTrailingParenthesisedPartIsTheEnglish() {
        assertEquals(Bilingual.of("必須です", "required"), Bilingual.split("必須です (required)"));
        assertEquals(Bilingual.of("次のいずれかを指定してください: A, B", "one of: A, B"),
                Bilingual.split("次のいずれかを指定してください: A, B (one of: A, B)"));
        assertEquals(Bilingual.of("必須です", "required"), Bilingual.split("必須です(required)"), "no space before it");
        assertEquals(Bilingual.of("必須です", "required"), Bilingual.split("  必須です ( required )  "));
    }

    @Test
    void parenthesesInsideTheEnglishNest() {
        assertEquals(Bilingual.of("3 行に誤りがあります。最初の 100 件を示します。何も取り込んでいません",
                "100 errors on 3 lines (the first 100 shown); nothing was imported"),
                Bilingual.split("3 行に誤りがあります。最初の 100 件を示します。何も取り込んでいません"
                        + " (100 errors on 3 lines (the first 100 shown); nothing was imported)"));
        assertEquals(Bilingual.of("値 (a) は使えません", "value (a) not allowed (see ((b)))"),
                Bilingual.split("値 (a) は使えません (value (a) not allowed (see ((b))))"),
                "only the outermost last pair is the English; earlier ones stay in the Japanese");
    }

    @Test
    void aStringWithoutAnEnglishPartIsTheSameInBothLanguages() {
        for (String text : new String[] { "空白は許可されていません", "must not be blank", "(required)",
            "中央区のみ (北区を除く)", "Invalid value (foo)", "必須です (required", "必須です required)",
            "必須です ()", "必須です (required) です", "必須です )(", "" }) {
            assertEquals(Bilingual.same(text), Bilingual.split(text), text);
        }
        assertNull(Bilingual.split(null));
    }

    @Test
    void anUnbalancedTailIsNotTakenApart() {
        assertEquals(Bilingual.same("必須です required))"), Bilingual.split("必須です required))"));
        assertEquals(Bilingual.same("必須です (a) b)"), Bilingual.split("必須です (a) b)"));
    }

    @Test
    void eachLanguageAndBothTogether() {
        Bilingual text = Bilingual.of("必須です", "required");
        assertEquals("必須です", text.in(ProblemLanguage.JA));
        assertEquals("required", text.in(ProblemLanguage.EN));
        assertEquals("必須です (required)", text.in(ProblemLanguage.BOTH));
        assertEquals("42", Bilingual.same("42").in(ProblemLanguage.BOTH), "said once when both read the same");
    }

    @Test
    void theOldFormComesBackWhole() {
        String legacy = "ユーザー名 chuo は使用済みです (username in use)";
        assertEquals(legacy, Bilingual.split(legacy).combined());
    }
}
