package jp.wardhub.platform;

import static jp.wardhub.platform.ProblemLanguage.EN;
import static jp.wardhub.platform.ProblemLanguage.JA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which language a problem response is in, by Accept-Language. */
class ProblemLanguageTest {

    @Test
    void japaneseByDefault() {
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage(null));
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage(""));
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("  "));
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("ja"));
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("ja-JP-u-ca-japanese"));
    }

    @Test
    void englishWhenPreferred() {
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("en"));
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("en-US"));
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("EN-gb"));
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("en-US,en;q=0.9,ja;q=0.8"));
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("en;q=0.9, ja;q=0.8"));
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("fr, en;q=0.5"), "English, not Japanese, is acceptable");
    }

    @Test
    void theHighestQualityWinsWhereverItStands() {
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("en;q=0.8, ja;q=0.9"));
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("en;q=0.5, ja"));
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("ja;q=0.1, en;q=0.2"));
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("ja;q=0.5, en-US;q=0.4, en;q=0.6"));
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("en;q=0, ja;q=0"), "neither acceptable");
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("en;q=0"));
    }

    @Test
    void equalQualitiesGoByOrder() {
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("en, ja"));
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("ja, en"));
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("ja;q=0.5, en;q=0.500"));
    }

    @Test
    void theWildcardStandsForTheLanguagesNotNamed() {
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("*"));
        assertEquals(JA, ProblemLanguage.fromAcceptLanguage("*, en;q=0.5"));
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("ja;q=0.2, *;q=0.5"));
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("en, *"));
    }

    @Test
    void anyOtherLanguageOrAMalformedHeaderIsJapanese() {
        for (String header : new String[] { "fr", "zh-Hant-TW", "xx-YY", "i-klingon", ",,,", ";;;", "l".repeat(2000),
            "ja;q=abc", "en;q=2", "en;q=-1", "en;q=", "en;q=0.9999", "en;q=1.5, ja;q=0.1", "english",
            "en ;q=1;q=", "\u82f1\u8a9e" }) {
            assertEquals(JA, ProblemLanguage.fromAcceptLanguage(header), header);
        }
        assertEquals(EN, ProblemLanguage.fromAcceptLanguage("en;q=abc, en-GB;q=0.3"),
                "the malformed range alone is ignored");
    }

    @Test
    void open311KeepsBothLanguagesInOneText() {
        assertEquals(ProblemLanguage.BOTH, ProblemLanguage.forRequest("/open311/v2/requests.json", "en"));
        assertEquals(EN, ProblemLanguage.forRequest("/api/v1/wards", "en"));
        assertEquals(JA, ProblemLanguage.forRequest(null, null));
    }
}
