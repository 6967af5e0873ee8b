package jp.wardhub.community;

import static jp.wardhub.testing.Accounts.as;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Requests shared by the liaison-area tests. Names are unique so that tests never see each other's areas. */
final class AreaSteps {

    private AreaSteps() {
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String district(String name) {
        return """
                {"kind":"SCHOOL_DISTRICT","name":"%s","nameKana":"しけんこうく"}""".formatted(name);
    }

    static String district(String name, String ward, Long centre) {
        return """
                {"wardCode":"%s","kind":"SCHOOL_DISTRICT","name":"%s","nameKana":"しけんこうく"%s}""".formatted(ward,
                name, centre == null ? "" : ",\"centreId\":" + centre);
    }

    static String centre(String name, long office) {
        return """
                {"kind":"COMMUNITY_CENTER","name":"%s","nameKana":"しけんせんたー","officeId":%d}""".formatted(name,
                office);
    }

    static Response create(String who, String body) {
        return as(who).contentType(ContentType.JSON).body(body).post("/api/v1/community/areas");
    }

    /** A new 中央区 school district area made by chuo; its id. */
    static long chuoDistrict(String name) {
        return id(create("chuo", district(name)));
    }

    static long id(Response r) {
        return ((Number) r.then().statusCode(201).extract().path("id")).longValue();
    }

    static String etag(long id) {
        return as("admin").get("/api/v1/community/areas/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response assign(String who, long area, String liaisonsAndFrom) {
        return as(who).header("If-Match", etag(area)).contentType(ContentType.JSON).body(liaisonsAndFrom)
                .put("/api/v1/community/areas/" + area + "/liaisons");
    }

    /** A liaison officer of 中央区 made for a test (the demo has one only); the username. */
    static String newChuoLiaison() {
        String username = "liaison-" + tag();
        as("admin").contentType(ContentType.JSON).body("""
                {"username":"%s","displayName":"試験 地域担当","role":"LIAISON","wardCode":"431010",
                 "password":"a-long-enough-password","active":true}""".formatted(username)).post("/api/v1/staff")
                .then().statusCode(201);
        return username;
    }
}
