package jp.wardhub.community;

import static jp.wardhub.community.ProjectSteps.chuoProject;
import static jp.wardhub.community.ProjectSteps.create;
import static jp.wardhub.community.ProjectSteps.etag;
import static jp.wardhub.community.ProjectSteps.move;
import static jp.wardhub.community.ProjectSteps.project;
import static jp.wardhub.community.ProjectSteps.unique;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/** A community project from idea to completion: status rules, milestones, the activity log, and the links it keeps. */
@QuarkusTest
class ProjectWorkflowTest {

    @Test
    void aProjectStartsAsAnIdeaAndMovesOnOnlyAsItsStatusAllows() {
        long id = chuoProject("状態の確認", "INTERNAL");
        as("chuo").get("/api/v1/community/projects/" + id).then().statusCode(200)
                .body("status", equalTo("IDEA")).body("actions", contains("PLAN")).body("editable", equalTo(true))
                .body("liaisons[0].username", equalTo("chuo-liaison"))
                .body("liaisons[0].displayName", equalTo("地域 健太"));

        move("chuo", id, "start").then().statusCode(409)
                .body("title", equalTo("この状態ではその操作はできません")).body("detail", containsString("PLAN"));
        move("chuo", id, "plan").then().statusCode(200).body("status", equalTo("PLANNING"));
        move("chuo-liaison", id, "start").then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("actions", contains("COMPLETE", "PAUSE"));
        move("chuo", id, "pause").then().statusCode(200).body("status", equalTo("PAUSED")).body("actions",
                contains("RESUME"));
        move("chuo", id, "resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        move("chuo", id, "complete").then().statusCode(200).body("status", equalTo("COMPLETED")).body("actions",
                hasSize(0));
        move("chuo", id, "pause").then().statusCode(409);
    }

    @Test
    void aPausedPlanResumesAsAPlan() {
        long id = chuoProject("休止の確認", "INTERNAL");
        move("chuo", id, "plan").then().statusCode(200);
        move("chuo", id, "pause").then().statusCode(200);
        move("chuo", id, "resume").then().statusCode(200).body("status", equalTo("PLANNING"));
    }

    @SendsInvalidRequests
    @Test
    void statusChangesAndUpdatesNeedTheCurrentETag() {
        long id = chuoProject("ETag の確認", "INTERNAL");
        String stale = etag("chuo", id);
        move("chuo", id, "plan").then().statusCode(200);
        as("chuo").header("If-Match", stale).post("/api/v1/community/projects/" + id + "/start").then().statusCode(412);
        as("chuo").post("/api/v1/community/projects/" + id + "/start").then().statusCode(428);
        as("chuo").header("If-Match", stale).contentType(ContentType.JSON).body(project("上書き", "PUBLIC", ""))
                .put("/api/v1/community/projects/" + id).then().statusCode(412);
    }

    @Test
    void milestonesAndTheActivityLogBelongToTheProjectPage() {
        long id = chuoProject("節目と活動記録", "PUBLIC");
        String base = "/api/v1/community/projects/" + id;
        long milestone = ((Number) as("chuo-liaison").contentType(ContentType.JSON)
                .body("{\"title\":\"花壇の植え替え\",\"dueOn\":\"2027-03-20\",\"done\":false}")
                .post(base + "/milestones").then().statusCode(201).header("ETag", notNullValue()).extract().path("id"))
                .longValue();
        String milestoneTag = as("chuo").get(base).then().extract().path("milestones[0].version").toString();
        as("chuo-liaison").header("If-Match", "\"" + milestoneTag + "\"").contentType(ContentType.JSON)
                .body("{\"title\":\"花壇の植え替え\",\"dueOn\":\"2027-03-20\",\"done\":true}")
                .put(base + "/milestones/" + milestone).then().statusCode(200).body("done", equalTo(true));
        as("chuo-liaison").contentType(ContentType.JSON)
                .body("{\"heldOn\":\"2026-11-01\",\"description\":\"花壇の除草\",\"participants\":12}")
                .post(base + "/activities").then().statusCode(200).body("recordedBy", equalTo("chuo-liaison"));
        as("chuo").contentType(ContentType.JSON)
                .body("{\"heldOn\":\"2026-11-15\",\"description\":\"植え替え\",\"participants\":20}")
                .post(base + "/activities").then().statusCode(200);

        as("chuo").get(base).then().statusCode(200)
                .body("milestones.title", contains("花壇の植え替え")).body("milestones[0].done", equalTo(true))
                .body("activities.description", contains("植え替え", "花壇の除草")).body("participantsTotal", equalTo(32));
        as("chuo").get("/api/v1/community/projects?ward=431010&q=" + "節目と活動記録").then().statusCode(200)
                .body("items[0].lastActivityOn", equalTo("2026-11-15"));
    }

    @Test
    void anActivityIsLoggedOnceItHappened() {
        long id = chuoProject("未来の活動", "INTERNAL");
        as("chuo").contentType(ContentType.JSON)
                .body("{\"heldOn\":\"2099-01-01\",\"description\":\"未来\",\"participants\":1}")
                .post("/api/v1/community/projects/" + id + "/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn")).body("errors[0].rule", equalTo("PastOrPresent"));
    }

    @Test
    void everyLinkMustBelongToTheProjectsWard() {
        long kitaGroup = ((Number) as("admin").get("/api/v1/community/groups?ward=431052&size=1").then().extract()
                .path("items[0].id")).longValue();
        create("chuo", project(unique("他区の団体"), "PUBLIC", "\"groupIds\":[" + kitaGroup + "]")).response().then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groupIds[0]"));
        create("chuo", project(unique("他区の担当"), "PUBLIC", "\"liaisons\":[\"kita-liaison\"]")).response().then()
                .statusCode(400)
                .body("errors[0].field", equalTo("liaisons[0]"));
        create("chuo", project(unique("区職員は担当にならない"), "PUBLIC", "\"liaisons\":[\"chuo\"]")).response().then()
                .statusCode(400)
                .body("errors[0].field", equalTo("liaisons[0]"));
        long wardOffice = ((Number) as(null).get("/api/v1/offices?type=WARD_OFFICE&ward=431010").then().extract()
                .path("items[0].id")).longValue();
        create("chuo", project(unique("区役所は拠点にならない"), "PUBLIC", "\"baseOfficeId\":" + wardOffice)).response().then()
                .statusCode(400).body("errors[0].field", equalTo("baseOfficeId"))
                .body("errors[0].rule", equalTo("CommunityFacility"));
        create("chuo", project(unique("存在しない声"), "PUBLIC", "\"voiceIds\":[999999999]")).response().then()
                .statusCode(400)
                .body("errors[0].field", equalTo("voiceIds[0]"));
    }

    @Test
    void linkedGroupsFacilityVoicesAndApplicationsShowOnTheProject() {
        long group = ((Number) as("chuo").get("/api/v1/community/groups?ward=431010&size=1").then().extract()
                .path("items[0].id")).longValue();
        long centre = ((Number) as(null).get("/api/v1/offices?type=COMMUNITY_CENTER&ward=431010").then().extract()
                .path("items[0].id")).longValue();
        long voice = ((Number) as("chuo").get("/api/v1/voices?ward=431010&size=1").then().extract().path("items[0].id"))
                .longValue();
        String title = unique("つながりの確認");
        long id = ProjectSteps
                .id(create("chuo", project(title, "PUBLIC", "\"groupIds\":[" + group + "],\"baseOfficeId\":" + centre
                        + ",\"voiceIds\":[" + voice + "],\"liaisons\":[\"chuo-liaison\"]")).response());
        as("chuo").get("/api/v1/community/projects/" + id).then().statusCode(200)
                .body("groups[0].id", equalTo((int) group)).body("baseOffice.id", equalTo((int) centre))
                .body("voices[0].id", equalTo((int) voice)).body("voices[0].reference", notNullValue());
        as("chuo").get("/api/v1/community/projects?q=" + title).then().statusCode(200)
                .body("items[0].groups[0].id", equalTo((int) group))
                .body("items[0].baseOffice.id", equalTo((int) centre));
    }

    @Test
    void assignedLiaisonStaffKeepTheProjectButDoNotReassignIt() {
        long id = chuoProject("担当の範囲", "INTERNAL");
        String base = "/api/v1/community/projects/" + id;
        as("chuo-liaison").header("If-Match", etag("chuo", id)).contentType(ContentType.JSON)
                .body(project("担当の範囲 (更新)", "INTERNAL", "\"liaisons\":[\"chuo-liaison\"]")).put(base)
                .then().statusCode(200).body("title", equalTo("担当の範囲 (更新)"));
        as("chuo-liaison").header("If-Match", etag("chuo", id)).contentType(ContentType.JSON)
                .body(project("担当の範囲", "INTERNAL", "")).put(base).then().statusCode(403);
        as("chuo-liaison").get("/api/v1/community/projects?mine=true&q=担当の範囲").then().statusCode(200)
                .body("items.id", contains((int) id));
        as("chuo").get("/api/v1/community/projects?mine=true&q=担当の範囲").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theWardOfAProjectCannotChange() {
        long id = chuoProject("区の変更", "INTERNAL");
        as("admin").header("If-Match", etag("admin", id)).contentType(ContentType.JSON)
                .body(project("区の変更", "INTERNAL", "").replace("431010", "431052"))
                .put("/api/v1/community/projects/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("wardCode"));
    }
}
