package jp.wardhub.proposal;

import static jp.wardhub.testing.Accounts.as;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The steps of a proposal's life through the API, as the tests take them. */
final class ProposalSteps {

    private ProposalSteps() {
    }

    static String proposal(String title) {
        return proposal(title, "PROJECT", null);
    }

    static String proposal(String title, String kind, Integer fiscalYear) {
        return """
                {"kind":"%s",%s"title":"%s",
                 "background":"登下校の時間帯に通学路を抜け道として使う車両が多いとの声が続いている（試験）",
                 "content":"路側帯のカラー舗装と注意喚起看板の設置","expectedEffect":"児童が巻き込まれる事故の危険を減らす",
                 "estimatedCostYen":12000000,"voiceRefs":["V-2026-000123","V-2026-000456"],
                 "figures":[{"label":"ヒヤリハット報告","value":42,"unit":"件"}]}"""
                .formatted(kind, fiscalYear == null ? "" : "\"fiscalYear\":" + fiscalYear + ",", title);
    }

    static String answer(String decision) {
        return """
                {"decision":"%s","reasons":"地元と協議のうえ対応する（試験）","costYen":8000000,"timing":"令和9年度当初予算で対応"}"""
                .formatted(decision);
    }

    static long id(ExtractableResponse<Response> r) {
        return ((Number) r.path("id")).longValue();
    }

    static ExtractableResponse<Response> draft(String who, String body) {
        return as(who).contentType(ContentType.JSON).body(body).post("/api/v1/proposals").then().statusCode(201)
                .extract();
    }

    /** Drafted by chuo and submitted to the bureaus; returns the proposal's id. */
    static long submitted(String title, String... bureaus) {
        return submittedBy("chuo", proposal(title), bureaus);
    }

    static long submittedBy(String ward, String body, String... bureaus) {
        var drafted = draft(ward, body);
        as(ward).header("If-Match", drafted.header("ETag")).contentType(ContentType.JSON).body(bureaus(bureaus))
                .post("/api/v1/proposals/" + id(drafted) + "/submit").then().statusCode(200);
        return id(drafted);
    }

    static String bureaus(String... codes) {
        return "{\"bureauCodes\":[\"" + String.join("\",\"", codes) + "\"]}";
    }

    static String answerETag(String who, long id, String bureau) {
        return as(who).get("/api/v1/proposals/" + id + "/answers/" + bureau).then().statusCode(200).extract()
                .header("ETag");
    }

    static Response answerAs(String who, long id, String bureau, String decision) {
        return as(who).header("If-Match", answerETag(who, id, bureau)).contentType(ContentType.JSON)
                .body(answer(decision))
                .post("/api/v1/proposals/" + id + "/answers");
    }

    static Response step(String who, long id, String bureau, String action) {
        return as(who).header("If-Match", answerETag(who, id, bureau))
                .post("/api/v1/proposals/" + id + "/answers/" + bureau + "/" + action);
    }

    /** The bureau answers, its approver approves and the answer is published: policy (hq ↔ hq-seisaku), others via admin. */
    static void publishedAnswer(long id, String bureau, String decision) {
        String author = switch (bureau) {
            case "policy" -> "hq";
            case "health-welfare" -> "hq-kokuho";
            default -> throw new IllegalArgumentException(bureau);
        };
        String approver = bureau.equals("policy") ? "hq-seisaku" : "admin";
        answerAs(author, id, bureau, decision).then().statusCode(200);
        step(approver, id, bureau, "approve").then().statusCode(200);
        step(author, id, bureau, "publish").then().statusCode(200);
    }

    /** Submitted to the Policy Bureau, which adopted it: answered. */
    static long adoptedByPolicy(String title) {
        long id = submitted(title, "policy");
        publishedAnswer(id, "policy", "ADOPTED");
        return id;
    }

    static String etag(String who, long id) {
        return as(who).get("/api/v1/proposals/" + id).then().statusCode(200).extract().header("ETag");
    }

    static String milestone(String title, boolean done) {
        return """
                {"title":"%s","dueOn":"2027-05-31","done":%s}""".formatted(title, done);
    }

    static long addMilestone(String who, long id, String title) {
        return ((Number) as(who).contentType(ContentType.JSON).body(milestone(title, false))
                .post("/api/v1/proposals/" + id + "/milestones").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    static String notificationCount(String kind, String link) {
        return "items.findAll { it.kind == '" + kind + "' && it.link == '" + link + "' }.size()";
    }
}
