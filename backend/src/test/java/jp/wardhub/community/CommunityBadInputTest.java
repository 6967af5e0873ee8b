package jp.wardhub.community;

import static jp.wardhub.community.CommunitySteps.CHUO;
import static jp.wardhub.community.CommunitySteps.act;
import static jp.wardhub.community.CommunitySteps.application;
import static jp.wardhub.community.CommunitySteps.chuoGroup;
import static jp.wardhub.community.CommunitySteps.chuoProgram;
import static jp.wardhub.community.CommunitySteps.group;
import static jp.wardhub.community.CommunitySteps.program;
import static jp.wardhub.community.CommunitySteps.underReview;
import static jp.wardhub.community.CommunitySteps.unique;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/** Bad community bodies and parameters are 400 problems naming the field and the rule, and write nothing. */
@SendsInvalidRequests
@QuarkusTest
class CommunityBadInputTest {

    private static void rejects(String path, String body, String field, String rule) {
        as("admin").contentType(ContentType.JSON).body(body).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field))
                .body("errors[0].rule", equalTo(rule));
    }

    private static void nothingNamed(String name) {
        as("admin").queryParam("q", name).get("/api/v1/community/groups").then().body("total", equalTo(0));
    }

    @Test
    void groupFieldsAreNamed() {
        String name = unique("不正な団体");
        String ok = group(name, CHUO);
        String groups = "/api/v1/community/groups";
        rejects(groups, ok.replace("\"SCHOOL_DISTRICT_COUNCIL\"", "\"CLUB\""), "type", "Enum");
        rejects(groups, ok.replace("\"name\":\"" + name + "\"", "\"name\":\" \""), "name", "NotBlank");
        rejects(groups, ok.replace("\"nameKana\":\"しけんこうくじちきょうぎかい\",", ""), "nameKana", "NotBlank");
        rejects(groups, ok.replace(name, "あ".repeat(201)), "name", "Size");
        rejects(groups, ok.replace("\"431010\"", "\"999999\""), "wardCode", "Exists");
        rejects(groups, ok.replace("\"termTo\":\"2028-03-31\"", "\"termTo\":\"2025-03-31\""), "officers[0].termTo",
                "NotBeforeTermFrom");
        rejects(groups, ok.replace("\"termFrom\":\"2026-04-01\"", "\"termFrom\":\"2026-02-30\""),
                "officers[0].termFrom", "Type");
        rejects(groups, ok.replace("\"role\":\"PRESIDENT\"", "\"role\":\"KING\""), "officers[0].role", "Enum");
        rejects(groups, ok.replace("mihon.daihyo@example.jp", "not-an-address"), "contact.email", "Email");
        rejects(groups, ok.replace("\"試験町1丁目\"", "\"\""), "activityAreas[0]", "NotBlank");
        rejects(groups, ok.replace("{\"type\"", "{\"colour\":\"red\",\"type\""), "colour", "UnknownProperty");
        nothingNamed(name);
        as("admin").get("/api/v1/community/groups?type=CLUB").then().statusCode(400).body("errors[0].field",
                equalTo("type"));
        as("admin").get("/api/v1/community/groups?size=101").then().statusCode(400).body("errors[0].field",
                equalTo("size"));
    }

    @Test
    void programmeFieldsAreNamed() {
        String ok = program(CHUO, 1_000_000);
        String programs = "/api/v1/community/programs";
        rejects(programs, ok.replace("\"totalBudgetYen\":1000000", "\"totalBudgetYen\":0"), "totalBudgetYen", "Min");
        rejects(programs, ok.replace("\"totalBudgetYen\":1000000", "\"totalBudgetYen\":100000"),
                "maximumPerApplicationYen", "NotAboveBudget");
        rejects(programs, ok.replace("\"minimumPerApplicationYen\":25000", "\"minimumPerApplicationYen\":300001"),
                "minimumPerApplicationYen", "NotAboveMaximum");
        rejects(programs, ok.replace("\"numerator\":1", "\"numerator\":3"), "subsidyRate.numerator",
                "NotAboveDenominator");
        rejects(programs, ok.replace("\"denominator\":2", "\"denominator\":0"), "subsidyRate.denominator", "Min");
        rejects(programs, ok.replace("\"subsidyRate\":{\"numerator\":1,\"denominator\":2},", ""), "subsidyRate",
                "NotNull");
        rejects(programs, ok.replace("\"totalBudgetYen\":1000000", "\"totalBudgetYen\":1000000.5"), "totalBudgetYen",
                "Type");
        rejects(programs, ok.replace("\"fiscalYear\":2026", "\"fiscalYear\":1999"), "fiscalYear", "Min");
        rejects(programs, ok.replaceFirst("\"applicationTo\":\"[0-9-]+\"", "\"applicationTo\":\"2020-01-01\""),
                "applicationTo",
                "NotBeforeApplicationFrom");
        rejects(programs, ok.replace("\"wardCode\":\"431010\"", "\"wardCode\":\"999999\""), "wardCode", "Exists");
        as("admin").get("/api/v1/community/programs?fiscalYear=26").then().statusCode(400).body("errors[0].field",
                equalTo("fiscalYear"));
    }

    @Test
    void applicationFieldsAreNamed() {
        long program = chuoProgram(1_000_000);
        String path = "/api/v1/community/programs/" + program + "/applications";
        long group = chuoGroup();
        String ok = application(group, 200_000, 100_000);
        rejects(path, ok.replace("\"requestedAmountYen\":100000", "\"requestedAmountYen\":200001"),
                "requestedAmountYen", "NotAboveEligibleCost");
        rejects(path, ok.replace("\"requestedAmountYen\":100000", "\"requestedAmountYen\":-5"), "requestedAmountYen",
                "Min");
        rejects(path, ok.replace("\"activityTo\":\"2027-02-28\"", "\"activityTo\":\"2027-01-31\""), "activityTo",
                "NotBeforeActivityFrom");
        rejects(path, ok.replace("\"groupId\":" + group, "\"groupId\":999999999"), "groupId", "Exists");
        rejects(path, ok.replace("\"eligibleCostYen\":200000,", ""), "eligibleCostYen", "NotNull");
        rejects(path, ok.replace("\"plannedActivity\":\"校区の夏まつり\"", "\"plannedActivity\":\"" + "a".repeat(4001) + "\""),
                "plannedActivity", "Size");
        as("admin").get(path).then().body("total", equalTo(0));
        as("admin").get(path + "?status=PAID").then().statusCode(400).body("errors[0].field", equalTo("status"));
        as("admin").contentType(ContentType.JSON).body(ok).post("/api/v1/community/programs/999999999/applications")
                .then().statusCode(404);
    }

    @Test
    void transitionBodiesAreNamed() {
        long id = underReview(chuoProgram(1_000_000), 200_000, 100_000);
        act("chuo", id, "grant", "{}").then().statusCode(400).body("errors[0].field", equalTo("grantedAmountYen"));
        act("chuo", id, "grant", "{\"grantedAmountYen\":0}").then().statusCode(400).body("errors[0].rule",
                equalTo("Min"));
        act("chuo", id, "grant", "{\"grantedAmountYen\":\"many\"}").then().statusCode(400).body("errors[0].field",
                equalTo("grantedAmountYen"));
        act("chuo", id, "decline", "{\"reason\":\"\"}").then().statusCode(400).body("errors[0].field",
                equalTo("reason"));
        act("chuo", id, "grant", "{\"grantedAmountYen\":100000,\"bonus\":1}").then().statusCode(400)
                .body("errors[0].field", equalTo("bonus"));
        as("chuo").get("/api/v1/community/applications/" + id).then().body("status", equalTo("UNDER_REVIEW"))
                .body("history", hasSize(3));
        as("admin").get("/api/v1/community/grants/stats?groupBy=bureau").then().statusCode(400).body("errors[0].field",
                equalTo("groupBy"));
        as("admin").get("/api/v1/community/grants/export.csv?program=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("program"));
    }
}
