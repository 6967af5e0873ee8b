package jp.wardhub.queue;

import static jp.wardhub.queue.FloorSteps.clockAt;
import static jp.wardhub.queue.FloorSteps.freshDay;
import static jp.wardhub.queue.FloorSteps.issue;
import static jp.wardhub.queue.FloorSteps.office;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/** Issuing reads the floor's layout from memory: a change by ward staff counts from the next ticket on, not later. */
@QuarkusTest
class FloorPlansTest {

    @Test
    @SendsInvalidRequests
    void aLaneClosedByWardStaffRefusesTicketsAtOnceAndTakesThemAgainWhenReopened() {
        clockAt(freshDay(), 10, 0);
        long kita = office("北区役所");
        window(kita, 121);
        long lane = as("kita").contentType(ContentType.JSON).body(lane(true, 121))
                .post("/api/v1/offices/" + kita + "/lanes").then().statusCode(201).extract().jsonPath().getLong("id");
        issue("kita", kita, lane).then().statusCode(201).body("label", equalTo("Y-001"));

        changeLane(kita, lane, lane(false, 121));
        issue("kita", kita, lane).then().statusCode(400).body("errors[0].field", equalTo("laneId"))
                .body("errors[0].rule", equalTo("Active"));

        changeLane(kita, lane, lane(true, 121));
        issue("kita", kita, lane).then().statusCode(201).body("label", equalTo("Y-002"));
    }

    @Test
    void aWindowClosedOrOpenedChangesTheNextTicketsEstimateAtOnce() {
        clockAt(freshDay(), 10, 0);
        long kita = office("北区役所");
        window(kita, 131);
        long lane = as("kita").contentType(ContentType.JSON).body(lane(true, 131).replace("\"Y\"", "\"X\""))
                .post("/api/v1/offices/" + kita + "/lanes").then().statusCode(201).extract().jsonPath().getLong("id");
        issue("kita", kita, lane).then().statusCode(201).body("estimatedWaitMinutes", equalTo(0));

        windowAction(kita, 131, "close");
        issue("kita", kita, lane).then().statusCode(201).body("estimatedWaitMinutes", nullValue());

        windowAction(kita, 131, "open");
        // two ahead, five minutes each by default, one window
        issue("kita", kita, lane).then().statusCode(201).body("waitingAhead", equalTo(2))
                .body("estimatedWaitMinutes", equalTo(10));
    }

    private static void window(long office, int number) {
        as("kita").contentType(ContentType.JSON)
                .body("{\"number\":%d,\"floor\":2,\"nameJa\":\"2階 %d番 臨時\",\"nameEn\":\"Window %d\",\"open\":true}"
                        .formatted(number, number, number))
                .post("/api/v1/offices/" + office + "/windows").then().statusCode(201);
    }

    private static void windowAction(long office, int number, String action) {
        String path = "/api/v1/offices/" + office + "/windows/" + number;
        String etag = as("kita").get("/api/v1/offices/" + office + "/floor").then().statusCode(200).extract()
                .jsonPath().getString("windows.find { it.number == " + number + " }.version");
        as("kita").header("If-Match", "\"" + etag + "\"").post(path + "/" + action).then().statusCode(200);
    }

    private static void changeLane(long office, long lane, String body) {
        String path = "/api/v1/offices/" + office + "/lanes/" + lane;
        String version = as("kita").get("/api/v1/offices/" + office + "/floor").then().statusCode(200).extract()
                .jsonPath().getString("lanes.find { it.id == " + lane + " }.version");
        as("kita").header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON).body(body).put(path)
                .then().statusCode(200);
    }

    private static String lane(boolean active, int window) {
        return """
                {"letter":"Y","nameJa":"臨時受付","nameEn":"Extra","descriptionJa":"混雑時の臨時受付",
                 "descriptionEn":"Extra counter at busy times","sortOrder":98,"active":%s,
                 "procedureCodes":["juminhyo-copy"],"windowNumbers":[%d]}""".formatted(active, window);
    }
}
