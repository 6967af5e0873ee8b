package jp.wardhub.proposal;

import static jp.wardhub.proposal.ProposalSteps.notificationCount;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.Accounts;

/** Prior consultation: HQ asks the wards a project touches; only they answer, by the deadline; reports reach only them. */
@QuarkusTest
class ConsultationTest {

    @Inject
    ConsultationService consultations;

    static String consultation(String title, LocalDate deadline, String... wards) {
        return """
                {"title":"%s","description":"市道の通学路区間に路側帯のカラー舗装を行う計画について、関係区の意見を伺います（試験）",
                 "wardCodes":["%s"],"deadline":"%s"}""".formatted(title, String.join("\",\"", wards), deadline);
    }

    static ExtractableResponse<Response> open(String title, LocalDate deadline, String... wards) {
        return as("hq").contentType(ContentType.JSON).body(consultation(title, deadline, wards))
                .post("/api/v1/consultations")
                .then().statusCode(201).extract();
    }

    static long id(ExtractableResponse<Response> r) {
        return ((Number) r.path("id")).longValue();
    }

    static Response respond(String who, long id, String stance, String comments) {
        return as(who).contentType(ContentType.JSON)
                .body("{\"stance\":\"" + stance + "\"" + (comments == null ? "" : ",\"comments\":\"" + comments + "\"")
                        + "}")
                .post("/api/v1/consultations/" + id + "/responses");
    }

    @Test
    void onlyTheAddressedWardsAnswer() {
        var opened = open("通学路のカラー舗装（試験）", BusinessTime.plusBusinessDays(BusinessTime.today(), 10), Accounts.CHUO);
        long id = id(opened);
        opened.response().then().body("bureau.code", equalTo("policy")).body("open", equalTo(true))
                .body("wards.ward.code", contains(Accounts.CHUO));
        as("chuo").get("/api/v1/notifications?size=100").then()
                .body(notificationCount("consultation-opened", "/consultations/" + id), equalTo(1));
        as("kita").get("/api/v1/notifications?size=100").then()
                .body(notificationCount("consultation-opened", "/consultations/" + id), equalTo(0));

        respond("kita", id, "AGREE", null).then().statusCode(403);
        respond("chuo-floor", id, "AGREE", null).then().statusCode(403);
        respond("chuo-liaison", id, "AGREE", null).then().statusCode(403);
        respond("hq", id, "AGREE", null).then().statusCode(403);
        respond("admin", id, "AGREE", null).then().statusCode(403);
        respond("chuo", id, "AGREE_WITH_CONDITIONS", "工事中の迂回路を自治会へ事前に周知すること").then().statusCode(201)
                .header("Location", containsString("/api/v1/consultations/" + id + "/responses/" + Accounts.CHUO))
                .body("stance", equalTo("AGREE_WITH_CONDITIONS")).body("respondedBy", equalTo("chuo"));
        as("hq").get("/api/v1/consultations/" + id).then().statusCode(200)
                .body("wards[0].response.stance", equalTo("AGREE_WITH_CONDITIONS"));
        as("hq").get("/api/v1/consultations?size=100").then()
                .body("items.find { it.id == " + id + " }.wards[0].stance", equalTo("AGREE_WITH_CONDITIONS"));
    }

    @Test
    void answeringAgainReplacesTheAnswerUnderIfMatch() {
        long id = id(open("校区の防災訓練の日程（試験）", BusinessTime.plusBusinessDays(BusinessTime.today(), 10), Accounts.CHUO,
                Accounts.KITA));
        var first = respond("chuo", id, "CONCERNS", "訓練日が校区の運動会と重なる").then().statusCode(201).extract();
        respond("chuo", id, "AGREE", null).then().statusCode(428);
        as("chuo").header("If-Match", "\"7\"").contentType(ContentType.JSON).body("{\"stance\":\"AGREE\"}")
                .post("/api/v1/consultations/" + id + "/responses").then().statusCode(412);
        as("chuo").header("If-Match", first.header("ETag")).contentType(ContentType.JSON).body("{\"stance\":\"AGREE\"}")
                .post("/api/v1/consultations/" + id + "/responses").then().statusCode(200)
                .body("stance", equalTo("AGREE"));
        as("chuo").header("If-Match", first.header("ETag")).contentType(ContentType.JSON)
                .body("{\"stance\":\"CONCERNS\",\"comments\":\"再考\"}")
                .post("/api/v1/consultations/" + id + "/responses").then().statusCode(412);
        as("kita").get("/api/v1/consultations/" + id + "/responses/" + Accounts.CHUO).then().statusCode(200)
                .body("stance", equalTo("AGREE"));
        // a first answer has nothing to replace
        as("kita").header("If-Match", "*").contentType(ContentType.JSON).body("{\"stance\":\"AGREE\"}")
                .post("/api/v1/consultations/" + id + "/responses").then().statusCode(412);
        as("admin").get("/api/v1/audit?entity=consultation-response&size=100").then().body("items.action",
                hasItem("update"));
    }

    @Test
    void aWardListsWhatItHasNotAnsweredAndSeesTheBusinessDaysLeft() {
        LocalDate deadline = BusinessTime.plusBusinessDays(BusinessTime.today(), 3);
        long id = id(open("区役所駐車場の有料化（試験）", deadline, Accounts.CHUO, Accounts.KITA));
        as("chuo").get("/api/v1/consultations/" + id).then().body("businessDaysLeft", equalTo(3));
        as("chuo").get("/api/v1/consultations?open=true&unansweredBy=" + Accounts.CHUO + "&size=100").then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.find { it.id == " + id + " }.businessDaysLeft", equalTo(3));
        respond("chuo", id, "AGREE", null).then().statusCode(201);
        as("chuo").get("/api/v1/consultations?unansweredBy=" + Accounts.CHUO + "&size=100").then()
                .body("items.id", not(hasItem((int) id)));
        as("hq").get("/api/v1/consultations?unansweredBy=" + Accounts.KITA + "&size=100").then()
                .body("items.id", hasItem((int) id));
        QuarkusTransaction.requiringNew()
                .run(() -> Consultation.update("deadline = ?1 where id = ?2", BusinessTime.today().minusDays(1), id));
        as("hq").get("/api/v1/consultations/" + id).then().body("businessDaysLeft", equalTo(null));
    }

    @Test
    void afterTheDeadlineAnswersAre409() {
        long id = id(open("地域公民館の改修計画（試験）", BusinessTime.today(), Accounts.CHUO, Accounts.KITA));
        respond("chuo", id, "AGREE", null).then().statusCode(201);
        QuarkusTransaction.requiringNew()
                .run(() -> Consultation.update("deadline = ?1 where id = ?2", BusinessTime.today().minusDays(1), id));
        respond("kita", id, "AGREE", null).then().statusCode(409)
                .body("type", equalTo(ConsultationService.CLOSED.type().toString()));
        as("kita").get("/api/v1/consultations/" + id).then().body("open", equalTo(false));
        as("hq").contentType(ContentType.JSON).body("{\"body\":\"期限後も報告はできる（試験）\"}")
                .post("/api/v1/consultations/" + id + "/reports").then().statusCode(201);
    }

    @Test
    void progressReportsReachOnlyTheAddressedWards() {
        long id = id(open("子育て支援拠点の開設（試験）", BusinessTime.plusBusinessDays(BusinessTime.today(), 10), Accounts.CHUO));
        var report = as("hq").contentType(ContentType.JSON)
                .body("{\"reportedOn\":\"2027-02-10\",\"body\":\"第1期の工事が完了しました（試験）\"}")
                .post("/api/v1/consultations/" + id + "/reports").then().statusCode(201)
                .body("author", equalTo("hq")).extract();
        long reportId = ((Number) report.path("id")).longValue();
        as("chuo").get("/api/v1/consultations/" + id).then().statusCode(200).body("reports.body",
                contains("第1期の工事が完了しました（試験）"));
        as("chuo").get("/api/v1/consultations/" + id + "/reports/" + reportId).then().statusCode(200);
        as("chuo").get("/api/v1/notifications?size=100").then()
                .body(notificationCount("consultation-report", "/consultations/" + id), equalTo(1));

        as("kita").get("/api/v1/consultations/" + id).then().statusCode(404);
        as("kita").get("/api/v1/consultations/" + id + "/reports/" + reportId).then().statusCode(404);
        as("kita").get("/api/v1/consultations?size=100").then().body("items.id", not(hasItem((int) id)));
        as("kita").get("/api/v1/notifications?size=100").then()
                .body(notificationCount("consultation-report", "/consultations/" + id), equalTo(0));
        as("hq-kokuho").get("/api/v1/consultations/" + id).then().statusCode(404);
        as("chuo-liaison").get("/api/v1/consultations/" + id).then().statusCode(403);
        as("partner").get("/api/v1/consultations").then().statusCode(403);
        as("admin").get("/api/v1/consultations/" + id).then().statusCode(200);
    }

    @Test
    void wardsThatHaveNotAnsweredAreRemindedOnceTwoBusinessDaysBeforeTheDeadline() {
        LocalDate today = BusinessTime.today();
        long soon = id(
                open("熊本城周辺の観光案内板の更新（試験）", BusinessTime.plusBusinessDays(today, 2), Accounts.CHUO, Accounts.KITA));
        long later = id(open("熊本城周辺の観光案内板の更新（試験・後日）", BusinessTime.plusBusinessDays(today, 3), Accounts.KITA));
        respond("chuo", soon, "AGREE", null).then().statusCode(201);

        consultations.remindDeadlines(today);
        consultations.remindDeadlines(today);

        as("kita").get("/api/v1/notifications?size=100").then()
                .body(notificationCount("consultation-deadline", "/consultations/" + soon), equalTo(1))
                .body(notificationCount("consultation-deadline", "/consultations/" + later), equalTo(0));
        as("chuo").get("/api/v1/notifications?size=100").then()
                .body(notificationCount("consultation-deadline", "/consultations/" + soon), equalTo(0));

        consultations.remindDeadlines(BusinessTime.plusBusinessDays(today, 1));
        as("kita").get("/api/v1/notifications?size=100").then()
                .body(notificationCount("consultation-deadline", "/consultations/" + later), equalTo(1))
                .body(notificationCount("consultation-deadline", "/consultations/" + soon), equalTo(1));
    }
}
