package jp.wardhub.community;

import static jp.wardhub.community.CommunitySteps.CHUO;
import static jp.wardhub.community.CommunitySteps.act;
import static jp.wardhub.community.CommunitySteps.application;
import static jp.wardhub.community.CommunitySteps.apply;
import static jp.wardhub.community.CommunitySteps.chuoProgram;
import static jp.wardhub.community.CommunitySteps.createGroup;
import static jp.wardhub.community.CommunitySteps.group;
import static jp.wardhub.community.CommunitySteps.id;
import static jp.wardhub.community.CommunitySteps.unique;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A group's contact is personal data: only the group's ward staff (WARD, LIAISON) and administrators read it, every
 * read is in the audit trail, and no group or application response, list, export or audit entry carries it.
 */
@QuarkusTest
class GroupContactTest {

    private static final List<String> PERSONAL = List.of("見本 代表者", "熊本市中央区見本町9-9-9", "096-000-9998",
            "mihon.daihyo@example.jp");

    @Test
    void onlyTheGroupsWardStaffReadItAndEveryReadIsAudited() {
        long id = id(createGroup("chuo", group(unique("連絡先の確認"), CHUO)));
        Map<String, Integer> expected = Map.of("admin", 200, "chuo", 200, "chuo-liaison", 200, "hq", 403, "hq-kusei",
                403,
                "kita", 403, "kita-liaison", 403, "chuo-floor", 403, "partner", 403);
        expected.forEach(
                (who, status) -> as(who).get("/api/v1/community/groups/" + id + "/contact").then().statusCode(status));
        as(null).get("/api/v1/community/groups/" + id + "/contact").then().statusCode(401);
        as("chuo-liaison").get("/api/v1/community/groups/" + id + "/contact").then().statusCode(200)
                .body("groupId", equalTo((int) id)).body("representativeName", equalTo("見本 代表者"))
                .body("address", equalTo("熊本市中央区見本町9-9-9")).body("phone", equalTo("096-000-9998"))
                .body("email", equalTo("mihon.daihyo@example.jp"));

        var audit = as("admin").get("/api/v1/audit?entity=community-group&id=" + id + "&size=100").then()
                .statusCode(200).extract();
        List<String> readers = audit.path("items.findAll { it.action == 'read-contact' }.actor");
        assertEquals(List.of("admin", "chuo", "chuo-liaison", "chuo-liaison"), readers.stream().sorted().toList());
        String trail = audit.asString();
        PERSONAL.forEach(p -> assertFalse(trail.contains(p), "audit trail carries " + p));
    }

    @Test
    void noGroupOrApplicationResponseCarriesIt() {
        String name = unique("個人情報を含まない団体");
        long id = id(createGroup("chuo", group(name, CHUO)));
        long program = chuoProgram(500_000);
        long application = id(apply("chuo", program, application(id, 100_000, 50_000)));
        act("chuo", application, "submit", "{}").then().statusCode(200);
        as("chuo").header("If-Match", "*").contentType(ContentType.JSON).body(group(name, CHUO))
                .put("/api/v1/community/groups/" + id)
                .then().statusCode(200);
        List<String> bodies = List.of(
                as("admin").get("/api/v1/community/groups/" + id).then().statusCode(200).extract().asString(),
                as("admin").queryParam("q", name).get("/api/v1/community/groups").then().body("total", equalTo(1))
                        .extract().asString(),
                as("admin").get("/api/v1/community/applications/" + application).then().statusCode(200).extract()
                        .asString(),
                as("admin").get("/api/v1/community/programs/" + program + "/applications").then().statusCode(200)
                        .extract().asString(),
                as("admin").get("/api/v1/community/grants/export.csv?program=" + program).then().statusCode(200)
                        .body(containsString(name)).extract().asString(),
                as("admin").get("/api/v1/audit?entity=community-group&id=" + id + "&size=100").then().statusCode(200)
                        .extract().asString());
        for (String body : bodies) {
            PERSONAL.forEach(p -> assertFalse(body.contains(p), "a response carries " + p + ": " + body));
        }
    }

    @Test
    void aGroupWithoutAContactSaysSo() {
        long id = id(createGroup("chuo", """
                {"type":"OTHER","name":"%s","nameKana":"れんらくさきなし"}""".formatted(unique("連絡先なし"))));
        as("chuo").get("/api/v1/community/groups/" + id).then().body("hasContact", equalTo(false));
        as("chuo").get("/api/v1/community/groups/" + id + "/contact").then().statusCode(404);
    }
}
