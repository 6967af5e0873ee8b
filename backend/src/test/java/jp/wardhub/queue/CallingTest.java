package jp.wardhub.queue;

import static jp.wardhub.queue.FloorSteps.act;
import static jp.wardhub.queue.FloorSteps.callNext;
import static jp.wardhub.queue.FloorSteps.clockAt;
import static jp.wardhub.queue.FloorSteps.freeWindow;
import static jp.wardhub.queue.FloorSteps.freshDay;
import static jp.wardhub.queue.FloorSteps.issue;
import static jp.wardhub.queue.FloorSteps.issued;
import static jp.wardhub.queue.FloorSteps.lane;
import static jp.wardhub.queue.FloorSteps.office;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.wardhub.testing.Parallel;
import jp.wardhub.testing.SendsInvalidRequests;

/** 呼出し: priority, then arrival; a window calls only its lanes; never one ticket to two windows; each step's rules. */
@QuarkusTest
class CallingTest {

    @Test
    void priorityVisitorsAreCalledFirstThenTheEarliestArrival() {
        var clock = clockAt(freshDay(), 9, 0);
        long chuo = office("中央区役所");
        long a = lane(chuo, "A");
        freeWindow("chuo", chuo, 1);
        issue("chuo-floor", chuo, a);
        clock.advance(Duration.ofMinutes(1));
        issue("chuo-floor", chuo, a);
        clock.advance(Duration.ofMinutes(1));
        issue("chuo-floor", chuo, a, "ELDERLY");
        String first = calledThenFinished(chuo, 1);
        String second = calledThenFinished(chuo, 1);
        String third = calledThenFinished(chuo, 1);
        assertThat(List.of(first, second, third), contains("A-003", "A-001", "A-002"));
        callNext("chuo", chuo, 1).then().statusCode(204);
    }

    @Test
    void aWindowCallsOnlyFromTheLanesItServes() {
        clockAt(freshDay(), 9, 0);
        long chuo = office("中央区役所");
        freeWindow("chuo", chuo, 6);
        issue("chuo-floor", chuo, lane(chuo, "G"));
        callNext("chuo", chuo, 6).then().statusCode(204); // window 6 serves 戸籍の届出 (C) only
    }

    @Test
    void manyWindowsCallingAtOnceNeverGetTheSameTicket() throws Exception {
        clockAt(freshDay(), 9, 0);
        long kita = office("北区役所");
        List<Integer> windows = List.of(101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112);
        for (int n : windows) {
            as("kita").contentType(ContentType.JSON).body(
                    "{\"number\":%d,\"floor\":3,\"nameJa\":\"3階 %d番 臨時窓口\",\"nameEn\":\"Window %d\",\"open\":true}"
                            .formatted(n, n, n))
                    .post("/api/v1/offices/" + kita + "/windows").then().statusCode(201);
        }
        long rush = as("kita").contentType(ContentType.JSON).body("""
                {"letter":"Z","nameJa":"臨時受付","nameEn":"Extra","descriptionJa":"混雑時の臨時受付",
                 "descriptionEn":"Extra counter at busy times","sortOrder":99,"active":true,
                 "procedureCodes":["juminhyo-copy"],"windowNumbers":%s}""".formatted(windows))
                .post("/api/v1/offices/" + kita + "/lanes").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int i = 0; i < 8; i++) {
            issue("kita", kita, rush).then().statusCode(201);
        }
        List<Response> calls = Parallel.run(windows.size(), i -> callNext("kita", kita, windows.get(i)));
        assertThat(Parallel.statuses(calls), is(Map.of(200, 8, 204, 4)));
        Set<String> called = new HashSet<>();
        for (Response r : calls) {
            if (r.statusCode() == 200) {
                called.add(r.jsonPath().getString("label"));
            }
        }
        assertThat(called, hasSize(8));
    }

    @Test
    void oneWindowCalledFromManyScreensAtOnceTakesOneTicket() throws Exception {
        clockAt(freshDay(), 9, 0);
        long chuo = office("中央区役所");
        long a = lane(chuo, "A");
        freeWindow("chuo", chuo, 2);
        for (int i = 0; i < 6; i++) {
            issued(chuo, a);
        }
        List<Response> calls = Parallel.run(6, i -> callNext("chuo", chuo, 2));
        assertThat(Parallel.statuses(calls), is(Map.of(200, 1, 409, 5)));
        as("chuo").queryParam("window", 2).queryParam("state", "CALLED").get("/api/v1/offices/" + chuo + "/tickets")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void theDatabaseHoldsOneCalledTicketPerWindowAndDay() {
        var clock = clockAt(freshDay(), 9, 0);
        long chuo = office("中央区役所");
        long a = lane(chuo, "A");
        freeWindow("chuo", chuo, 3);
        issued(chuo, a);
        long other = issued(chuo, a);
        long called = callNext("chuo", chuo, 3).then().statusCode(200).extract().jsonPath().getLong("id");
        // what a second node of a cluster could write at the same moment, past the window's lock
        PersistenceException refused = assertThrows(PersistenceException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                        "UPDATE ticket t SET state = 'CALLED', window_id = (SELECT window_id FROM ticket WHERE id = ?1)"
                                + " WHERE id = ?2")
                        .setParameter(1, called).setParameter(2, other).executeUpdate()));
        assertThat(refused.getCause().getMessage(), containsString("uq_ticket_serving_window"));
        clock.advance(Duration.ofMinutes(1));
        act("chuo", called, "no-show").then().statusCode(200);
        callNext("chuo", chuo, 3).then().statusCode(200).body("id", equalTo((int) other));
    }

    @Test
    void aTransferredVisitorKeepsTheirNumberAndArrivalTime() {
        var clock = clockAt(freshDay(), 9, 0);
        long chuo = office("中央区役所");
        long a = lane(chuo, "A");
        long b = lane(chuo, "B");
        long early = issued(chuo, a);
        clock.advance(Duration.ofMinutes(5));
        issued(chuo, b);
        clock.advance(Duration.ofMinutes(5));
        Response moved = act("chuo-floor", early, "transfer", "{\"laneId\":" + b + "}");
        moved.then().statusCode(200).body("label", equalTo("A-001")).body("laneId", equalTo((int) b))
                .body("issuedVia", equalTo("TRANSFER")).body("transferredFrom", equalTo((int) early));
        as("chuo").get("/api/v1/tickets/" + early).then().body("state", equalTo("TRANSFERRED"));
        freeWindow("chuo", chuo, 4);
        // window 4 serves 証明書 (B): the transferred visitor arrived first, so is called first
        callNext("chuo", chuo, 4).then().statusCode(200).body("label", equalTo("A-001"))
                .body("arrivedAt", equalTo(as("chuo").get("/api/v1/tickets/" + early).jsonPath().getString(
                        "arrivedAt")));
    }

    @Test
    void finishingRecordsWhatWasDone() {
        clockAt(freshDay(), 9, 0);
        long chuo = office("中央区役所");
        freeWindow("chuo", chuo, 7);
        issued(chuo, lane(chuo, "D"));
        long id = callNext("chuo", chuo, 7).then().statusCode(200).body("windowNumber", equalTo(7))
                .extract().jsonPath().getLong("id");
        act("chuo", id, "recall").then().statusCode(200).body("callCount", equalTo(2));
        act("chuo", id, "start").then().statusCode(200).body("state", equalTo("SERVING"));
        act("chuo", id, "finish", "{\"procedures\":[\"mynumber-kofu\",\"inkan-toroku\"]}").then().statusCode(200)
                .body("state", equalTo("DONE")).body("procedures", contains("inkan-toroku", "mynumber-kofu"))
                .body("actions", hasSize(0));
    }

    @Test
    @SendsInvalidRequests
    void eachStepHasItsRules() {
        clockAt(freshDay(), 9, 0);
        long chuo = office("中央区役所");
        long waiting = issued(chuo, lane(chuo, "F"));
        act("chuo", waiting, "finish", "{\"procedures\":[\"juminhyo-copy\"]}").then().statusCode(409)
                .body("type", equalTo("https://wardhub.city/problems/illegal-transition"));
        act("chuo", waiting, "start").then().statusCode(409);
        freeWindow("chuo", chuo, 11);
        long id = callNext("chuo", chuo, 11).then().statusCode(200).extract().jsonPath().getLong("id");
        callNext("chuo", chuo, 11).then().statusCode(409)
                .body("type", equalTo("https://wardhub.city/problems/window-busy"));
        as("chuo").header("If-Match", "\"999\"").post("/api/v1/tickets/" + id + "/start").then().statusCode(412);
        as("chuo").post("/api/v1/tickets/" + id + "/start").then().statusCode(428);
        act("chuo", id, "start").then().statusCode(200);
        act("chuo", id, "finish", "{\"procedures\":[]}").then().statusCode(400)
                .body("errors[0].field", equalTo("procedures"));
        act("chuo", id, "finish", "{\"procedures\":[\"no-such-procedure\"]}").then().statusCode(400)
                .body("errors[0].field", equalTo("procedures[0]"));
    }

    @Test
    void aClosedWindowIsNotCalledTo() {
        clockAt(freshDay(), 9, 0);
        long chuo = office("中央区役所");
        freeWindow("chuo", chuo, 12);
        String etag = as("chuo").get("/api/v1/offices/" + chuo + "/floor").then().statusCode(200).extract()
                .jsonPath().getString("windows.find { it.number == 12 }.version");
        as("chuo").header("If-Match", "\"" + etag + "\"").post("/api/v1/offices/" + chuo + "/windows/12/close")
                .then().statusCode(200).body("open", equalTo(false));
        callNext("chuo", chuo, 12).then().statusCode(409)
                .body("type", equalTo("https://wardhub.city/problems/window-closed"));
        String reopened = as("chuo").get("/api/v1/offices/" + chuo + "/floor").jsonPath()
                .getString("windows.find { it.number == 12 }.version");
        as("chuo").header("If-Match", "\"" + reopened + "\"").post("/api/v1/offices/" + chuo + "/windows/12/open")
                .then().statusCode(200).body("open", equalTo(true));
    }

    private static String calledThenFinished(long office, int window) {
        Response called = callNext("chuo", office, window);
        called.then().statusCode(200).body("state", equalTo("CALLED"));
        long id = called.jsonPath().getLong("id");
        act("chuo", id, "start").then().statusCode(200);
        act("chuo", id, "finish", "{\"procedures\":[\"tennyu\"]}").then().statusCode(200);
        return called.jsonPath().getString("label");
    }
}
