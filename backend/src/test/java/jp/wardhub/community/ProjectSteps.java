package jp.wardhub.community;

import static jp.wardhub.testing.Accounts.as;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Requests shared by the project and dialogue-meeting tests. Titles are unique so that tests never see each other. */
final class ProjectSteps {

    private ProjectSteps() {
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A 中央区 project body; {@code extra} is spliced in as further JSON members (e.g. {@code "liaisons":[...]}). */
    static String project(String title, String visibility, String extra) {
        return """
                {"wardCode":"431010","schoolDistrict":"慶徳校区","title":"%s","summary":"テスト用の事業です。","visibility":"%s"%s}"""
                .formatted(title, visibility, extra.isEmpty() ? "" : "," + extra);
    }

    static ExtractableResponse<Response> create(String who, String body) {
        return as(who).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/community/projects").then().extract();
    }

    /** A 中央区 project created by chuo with chuo-liaison assigned; its id. */
    static long chuoProject(String title, String visibility) {
        return id(create("chuo", project(unique(title), visibility, "\"liaisons\":[\"chuo-liaison\"]")).response());
    }

    static long id(Response r) {
        return ((Number) r.then().statusCode(201).extract().path("id")).longValue();
    }

    static String etag(String who, long id) {
        return as(who).get("/api/v1/community/projects/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response move(String who, long id, String action) {
        return as(who).header("If-Match", etag("admin", id)).post("/api/v1/community/projects/" + id + "/" + action);
    }

    static String meeting(String title) {
        return """
                {"wardCode":"431010","title":"%s","heldOn":"2026-11-14","place":"五福まちづくりセンター 会議室","participants":21,
                 "minutes":"防犯灯について意見が出た。"}""".formatted(title);
    }

    static long chuoMeeting(String title) {
        return ((Number) as("chuo").contentType(ContentType.JSON).body(meeting(unique(title)))
                .post("/api/v1/community/meetings").then().statusCode(201).extract().path("id")).longValue();
    }

    static final String OPINION = """
            {"type":"REQUEST","categories":["safety"],"schoolDistrict":"五福校区","text":"集会で出た意見: 通学路に防犯灯を増やしてほしい。"}""";
}
