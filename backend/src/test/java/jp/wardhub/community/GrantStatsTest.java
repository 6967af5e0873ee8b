package jp.wardhub.community;

import static jp.wardhub.community.CommunitySteps.CHUO;
import static jp.wardhub.community.CommunitySteps.act;
import static jp.wardhub.community.CommunitySteps.application;
import static jp.wardhub.community.CommunitySteps.apply;
import static jp.wardhub.community.CommunitySteps.chuoGroup;
import static jp.wardhub.community.CommunitySteps.createProgram;
import static jp.wardhub.community.CommunitySteps.granted;
import static jp.wardhub.community.CommunitySteps.id;
import static jp.wardhub.community.CommunitySteps.program;
import static jp.wardhub.community.CommunitySteps.underReview;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Grant statistics per programme, ward and fiscal year, and the CSV of applications; the demo programme's figures. */
@QuarkusTest
class GrantStatsTest {

    @Test
    void aProgrammesFiguresCountApplicationsGrantsSettlementsAndBudget() {
        long program = createProgram("chuo",
                program(CHUO, 800_000).replace("\"fiscalYear\":2026", "\"fiscalYear\":2031"));
        long settled = granted(program, 200_000);
        act("chuo", settled, "report", "{\"activityReport\":\"実施した\"}").then().statusCode(200);
        act("chuo", settled, "settle", "{\"actualCostYen\":300000,\"finalAmountYen\":150000}").then().statusCode(200);
        granted(program, 100_000);
        long declined = underReview(program, 100_000, 50_000);
        act("chuo", declined, "decline", "{\"reason\":\"対象外\"}").then().statusCode(200);
        apply("chuo", program, application(chuoGroup(), 100_000, 50_000)); // a draft: not counted

        Map<String, Object> row = as("hq").get("/api/v1/community/grants/stats?groupBy=program&fiscalYear=2031").then()
                .statusCode(200)
                .body("groupBy", equalTo("program")).body("fiscalYear", equalTo(2031))
                .extract().path("groups.find { it.key == '" + program + "' }");
        assertEquals(3, row.get("applications"));
        assertEquals(2, row.get("grantedCount"));
        assertEquals(300_000, row.get("grantedAmountYen"));
        assertEquals(150_000, row.get("settledAmountYen"));
        assertEquals(800_000, row.get("budgetYen"));
        assertEquals(250_000, row.get("budgetUsedYen"));
        assertEquals(31.3f, row.get("budgetUsedPercent")); // 250,000 of 800,000 = 31.25 %

        as("hq").get("/api/v1/community/grants/stats?groupBy=fiscalYear&fiscalYear=2031").then().statusCode(200)
                .body("groups.key", equalTo(List.of("2031"))).body("groups[0].labelJa", equalTo("2031年度"))
                .body("total.budgetYen", equalTo(800_000));
    }

    @Test
    void byWardCityWideProgrammesHaveTheirOwnGroup() {
        createProgram("hq-kusei", program(null, 700_000).replace("\"fiscalYear\":2026", "\"fiscalYear\":2032"));
        createProgram("chuo", program(CHUO, 300_000).replace("\"fiscalYear\":2026", "\"fiscalYear\":2032"));
        as("chuo-liaison").get("/api/v1/community/grants/stats?groupBy=ward&fiscalYear=2032").then().statusCode(200)
                .body("groups.key", equalTo(List.of(CHUO, "city")))
                .body("groups.labelJa", equalTo(List.of("中央区", "全市")))
                .body("total.budgetYen", equalTo(1_000_000)).body("total.budgetUsedPercent", equalTo(0.0f));
    }

    @Test
    void theDemoProgrammeOfChuoWardHasSevenApplicationsAndItsBudgetAddsUp() {
        List<Map<String, Object>> programs = as("chuo")
                .get("/api/v1/community/programs?ward=431010&fiscalYear=2026&size=100").then()
                .statusCode(200).extract().path("items.findAll { it.name.startsWith('中央区地域づくり活動補助金') }");
        assertEquals(1, programs.size());
        var demo = programs.get(0);
        assertEquals(1_000_000, demo.get("totalBudgetYen"));
        assertEquals(300_000, demo.get("maximumPerApplicationYen"));
        assertEquals(25_000, demo.get("minimumPerApplicationYen"));
        assertEquals(630_000, demo.get("budgetGrantedYen"));
        assertEquals(370_000, demo.get("budgetRemainingYen"));
        List<String> states = as("chuo").get("/api/v1/community/programs/" + demo.get("id") + "/applications").then()
                .statusCode(200)
                .body("total", equalTo(7)).extract().path("items.status");
        assertTrue(states
                .containsAll(List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "GRANTED", "DECLINED", "ACTIVITY_REPORTED",
                        "SETTLED")),
                states.toString());
        as("chuo").get("/api/v1/community/groups?ward=431010&type=SCHOOL_DISTRICT_COUNCIL&q=ケイトク").then()
                .body("items[0].name", equalTo("慶徳校区自治協議会"));
    }

    @Test
    void theExportIsCsvOfTheApplicationsTheCallerMayRead() {
        long program = createProgram("admin",
                program(null, 900_000).replace("\"fiscalYear\":2026", "\"fiscalYear\":2033"));
        long chuoApplication = id(apply("chuo", program, application(chuoGroup(), 100_000, 50_000)));
        act("chuo", chuoApplication, "submit", "{}").then().statusCode(200);
        String kitaTitle = "北の団体の申請" + System.nanoTime();
        long kitaApplication = id(apply("kita", program, application(CommunitySteps.kitaGroup(), 100_000, 50_000)
                .replaceFirst("\"title\":\"[^\"]+\"", "\"title\":\"" + kitaTitle + "\"")));
        act("kita", kitaApplication, "submit", "{}").then().statusCode(200);

        String all = as("hq").get("/api/v1/community/grants/export.csv?fiscalYear=2033").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("grants.csv"))
                .extract().asString();
        assertTrue(all.startsWith("\uFEFF\"申請ID\""), all);
        assertEquals(3, all.split("\r\n").length, all); // header and two applications
        assertTrue(all.contains(kitaTitle) && all.contains("\"SUBMITTED\"") && all.contains("全市"), all);
        as("chuo").get("/api/v1/community/grants/export.csv?fiscalYear=2033").then().statusCode(200)
                .body(not(containsString(kitaTitle)));
    }
}
