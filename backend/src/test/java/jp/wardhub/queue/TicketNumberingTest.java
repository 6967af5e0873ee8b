package jp.wardhub.queue;

import static jp.wardhub.queue.FloorSteps.at;
import static jp.wardhub.queue.FloorSteps.clockAt;
import static jp.wardhub.queue.FloorSteps.freshDay;
import static jp.wardhub.queue.FloorSteps.issue;
import static jp.wardhub.queue.FloorSteps.lane;
import static jp.wardhub.queue.FloorSteps.office;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.Parallel;
import jp.wardhub.testing.SendsInvalidRequests;

/** 発券: numbers per lane and business day (Asia/Tokyo), gapless under concurrency, only while the office is open. */
@QuarkusTest
class TicketNumberingTest {

    @Inject
    FloorDayEnd dayEnd;

    @Test
    void eachLaneNumbersItsOwnTicketsFromOne() {
        LocalDate day = freshDay();
        clockAt(day, 9, 0);
        long chuo = office("中央区役所");
        long a = lane(chuo, "A");
        long b = lane(chuo, "B");
        assertThat(List.of(label(issue("chuo-floor", chuo, a)), label(issue("chuo", chuo, a)),
                label(issue("chuo-floor", chuo, b)), label(issue("chuo-floor", chuo, a))),
                contains("A-001", "A-002", "B-001", "A-003"));
    }

    @Test
    void theNewBusinessDayStartsAtOneAtMidnightInTokyoNotUtc() {
        LocalDate day = freshDay();
        LocalDate next = day.plusDays(1);
        while (!BusinessTime.isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        var clock = clockAt(day, 16, 0);
        long chuo = office("中央区役所");
        long a = lane(chuo, "A");
        Response first = issue("chuo-floor", chuo, a);
        issue("chuo-floor", chuo, a).then().statusCode(201).body("label", equalTo("A-002"));
        assertThat(first.jsonPath().getString("businessDate"), is(day.toString()));
        // 08:30 in Tokyo is still the previous day in UTC: the business day is Tokyo's.
        clock.set(at(next, 8, 30));
        Response morning = issue("chuo-floor", chuo, a);
        morning.then().statusCode(201).body("label", equalTo("A-001")).body("businessDate", equalTo(next.toString()));
    }

    @Test
    void ticketsLeftOpenOnEarlierDaysAreClosedAfterMidnight() {
        LocalDate day = freshDay();
        var clock = clockAt(day, 17, 0);
        long chuo = office("中央区役所");
        long left = FloorSteps.issued(chuo, lane(chuo, "B"));
        clock.set(at(day.plusDays(1), 0, 5));
        assertThat(dayEnd.closeEarlierDays(), greaterThanOrEqualTo(1));
        as("chuo").get("/api/v1/tickets/" + left).then().statusCode(200).body("state", equalTo("CANCELLED"));
    }

    @Test
    void ticketsAreIssuedOnlyWhileTheOfficeIsOpen() {
        LocalDate day = freshDay();
        var clock = clockAt(day, 8, 29);
        long chuo = office("中央区役所");
        long a = lane(chuo, "A");
        issue("chuo-floor", chuo, a).then().statusCode(409)
                .body("type", equalTo("https://wardhub.city/problems/office-closed"));
        clock.set(at(day, 8, 30));
        issue("chuo-floor", chuo, a).then().statusCode(201);
        clock.set(at(day, 17, 14));
        issue("chuo-floor", chuo, a).then().statusCode(201);
        clock.set(at(day, 17, 15));
        issue("chuo-floor", chuo, a).then().statusCode(409);
        LocalDate saturday = day.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        clock.set(at(saturday, 10, 0));
        issue("chuo-floor", chuo, a).then().statusCode(409);
    }

    @Test
    void concurrentIssuesGetEveryNumberOnce() throws Exception {
        LocalDate day = freshDay();
        clockAt(day, 10, 0);
        long chuo = office("中央区役所");
        long c = lane(chuo, "C");
        List<Response> answers = Parallel.run(24, i -> issue(i % 2 == 0 ? "chuo-floor" : "kiosk", chuo, c));
        assertThat(Parallel.statuses(answers), is(Map.of(201, 24)));
        List<String> labels = answers.stream().map(TicketNumberingTest::label).sorted().toList();
        assertThat(labels, is(IntStream.rangeClosed(1, 24).mapToObj(n -> "C-%03d".formatted(n)).toList()));
    }

    @Test
    void aRetriedIssueWithTheSameKeyGivesTheSameTicket() {
        clockAt(freshDay(), 10, 0);
        long chuo = office("中央区役所");
        String body = "{\"laneId\":" + lane(chuo, "D") + "}";
        Response first = as("kiosk").header("Idempotency-Key", "kiosk-retry-1").contentType(ContentType.JSON)
                .body(body).post("/api/v1/offices/" + chuo + "/tickets");
        Response again = as("kiosk").header("Idempotency-Key", "kiosk-retry-1").contentType(ContentType.JSON)
                .body(body).post("/api/v1/offices/" + chuo + "/tickets");
        first.then().statusCode(201).body("issuedVia", equalTo("KIOSK"));
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.jsonPath().getLong("id"), is(first.jsonPath().getLong("id")));
        issue("kiosk", chuo, lane(chuo, "D")).then().body("label", equalTo("D-002"));
    }

    @Test
    void aTicketSaysHowManyAreAheadAndRoughlyHowLong() {
        clockAt(freshDay(), 10, 0);
        long chuo = office("中央区役所");
        long e = lane(chuo, "E");
        issue("chuo-floor", chuo, e).then().body("waitingAhead", equalTo(0));
        issue("chuo-floor", chuo, e).then().body("waitingAhead", equalTo(1));
        issue("chuo-floor", chuo, e, "PREGNANCY").then().body("waitingAhead", equalTo(0)).body("priority",
                equalTo("PREGNANCY"));
        issue("chuo-floor", chuo, e).then().body("waitingAhead", equalTo(3))
                .body("estimatedWaitMinutes", notNullValue());
    }

    @Test
    void aWaitingTicketReadLaterCountsThoseAheadByTheSameRuleAsWhenIssued() {
        clockAt(freshDay(), 10, 0); // the same arrival time for all: the earlier ticket is the one issued first
        long chuo = office("中央区役所");
        long e = lane(chuo, "E");
        long first = issued(issue("chuo-floor", chuo, e), 0);
        long second = issued(issue("chuo-floor", chuo, e), 1);
        long priority = issued(issue("chuo-floor", chuo, e, "ELDERLY"), 0);
        long last = issued(issue("chuo-floor", chuo, e), 3);
        // the priority visitor goes before the two who came earlier; a later one waits behind them all
        assertThat(List.of(ahead(first), ahead(second), ahead(priority), ahead(last)), contains(1, 2, 0, 3));
    }

    @Test
    void aKioskIssuesOnlyForItsOwnOffice() {
        clockAt(freshDay(), 10, 0);
        long kita = office("北区役所");
        issue("kiosk", kita, lane(kita, "A")).then().statusCode(403);
        issue("partner", office("中央区役所"), lane(office("中央区役所"), "A")).then().statusCode(403);
    }

    @Test
    @SendsInvalidRequests
    void badTicketRequestsAreNamedProblems() {
        clockAt(freshDay(), 10, 0);
        long chuo = office("中央区役所");
        long kitaLane = lane(office("北区役所"), "A");
        as("chuo-floor").contentType(ContentType.JSON).body("{}").post("/api/v1/offices/" + chuo + "/tickets").then()
                .statusCode(400).body("errors[0].field", equalTo("laneId"));
        issue("chuo-floor", chuo, kitaLane).then().statusCode(404);
        as("chuo-floor").contentType(ContentType.JSON).body("{\"laneId\":1,\"priority\":\"VIP\"}")
                .post("/api/v1/offices/" + chuo + "/tickets").then().statusCode(400);
    }

    /** The ticket's id, once its answer said how many are ahead. */
    private static long issued(Response r, int ahead) {
        return r.then().statusCode(201).body("waitingAhead", equalTo(ahead)).extract().jsonPath().getLong("id");
    }

    private static int ahead(long ticket) {
        return as("chuo").get("/api/v1/tickets/" + ticket).then().statusCode(200).extract().path("waitingAhead");
    }

    private static String label(Response r) {
        return r.then().statusCode(201).extract().jsonPath().getString("label");
    }
}
