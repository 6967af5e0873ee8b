package jp.wardhub.queue;

import static jp.wardhub.testing.Accounts.as;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.junit.QuarkusMock;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.HandClock;
import jp.wardhub.testing.Seeded;

/**
 * Steps the counter floor tests share: a clock the test moves by hand, a fresh business day per test (so tests never
 * count each other's tickets), and the requests staff and kiosks make.
 */
final class FloorSteps {

    /** The first business day the tests use; each test takes the next one with {@link #freshDay()}. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 12);
    private static final AtomicInteger DAYS_TAKEN = new AtomicInteger();

    private FloorSteps() {
    }

    /** A business day no other test of this run has used. */
    static LocalDate freshDay() {
        LocalDate d = FIRST_DAY;
        int n = DAYS_TAKEN.getAndIncrement();
        for (int found = -1; found < n;) {
            d = d.plusDays(1);
            if (BusinessTime.isBusinessDay(d)) {
                found++;
            }
        }
        return d;
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(BusinessTime.ZONE).toInstant();
    }

    /** Installs a hand clock for the running test, set to {@code hour:minute} of {@code day} in Asia/Tokyo. */
    static HandClock clockAt(LocalDate day, int hour, int minute) {
        HandClock clock = new HandClock(at(day, hour, minute), BusinessTime.ZONE);
        QuarkusMock.installMockForType(clock, Clock.class);
        return clock;
    }

    static long office(String nameJa) {
        return Seeded.office(nameJa);
    }

    /** The id of the office's lane with this letter. */
    static long lane(long office, String letter) {
        List<Map<String, Object>> lanes = as(null).get("/api/v1/offices/" + office + "/floor").then().statusCode(200)
                .extract().jsonPath().getList("lanes");
        return lanes.stream().filter(l -> letter.equals(l.get("letter"))).map(l -> ((Number) l.get("id")).longValue())
                .findFirst().orElseThrow(() -> new IllegalStateException("no lane " + letter + " at office " + office));
    }

    static Response issue(String who, long office, long lane) {
        return issue(who, office, lane, null);
    }

    static Response issue(String who, long office, long lane, String priority) {
        String body = priority == null ? "{\"laneId\":" + lane + "}"
                : "{\"laneId\":" + lane + ",\"priority\":\"" + priority + "\"}";
        return as(who).contentType(ContentType.JSON).body(body).post("/api/v1/offices/" + office + "/tickets");
    }

    /** Issues a ticket as the floor manager and answers its id. */
    static long issued(long office, long lane) {
        return issue("chuo-floor", office, lane).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response callNext(String who, long office, int window) {
        return as(who).post("/api/v1/offices/" + office + "/windows/" + window + "/call-next");
    }

    static Response act(String who, long ticket, String action) {
        return as(who).header("If-Match", etag(ticket)).post("/api/v1/tickets/" + ticket + "/" + action);
    }

    static Response act(String who, long ticket, String action, String body) {
        return as(who).header("If-Match", etag(ticket)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tickets/" + ticket + "/" + action);
    }

    static String etag(long ticket) {
        return as("chuo").get("/api/v1/tickets/" + ticket).then().statusCode(200).extract().header("ETag");
    }

    /** Ends whatever the window is serving, so it can call again. */
    static void freeWindow(String who, long office, int window) {
        List<Map<String, Object>> busy = as(who).queryParam("window", window).get("/api/v1/offices/" + office
                + "/tickets").then().statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, Object> t : busy) {
            long id = ((Number) t.get("id")).longValue();
            switch ((String) t.get("state")) {
                case "CALLED" -> act(who, id, "no-show").then().statusCode(200);
                case "SERVING" -> act(who, id, "finish", "{\"procedures\":[\"juminhyo-copy\"]}").then().statusCode(200);
                default -> {
                }
            }
        }
    }
}
