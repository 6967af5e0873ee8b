package jp.wardhub.queue;

import static jp.wardhub.queue.FloorSteps.clockAt;
import static jp.wardhub.queue.FloorSteps.freshDay;
import static jp.wardhub.queue.FloorSteps.issue;
import static jp.wardhub.queue.FloorSteps.lane;
import static jp.wardhub.queue.FloorSteps.office;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The finder shows 今何人待ち for the offices open now, counted in the lane that takes the procedure. */
@QuarkusTest
class FinderWaitingTest {

    @Test
    void anOfficeOpenNowShowsTheWaitingOfTheLaneThatTakesTheProcedure() {
        LocalDate day = freshDay();
        clockAt(day, 10, 0);
        long chuo = office("中央区役所");
        long certificates = lane(chuo, "B");
        int before = queueAt(finder(day), chuo).getInt("waiting");
        issue("chuo-floor", chuo, certificates).then().statusCode(201);
        issue("kiosk", chuo, certificates).then().statusCode(201);
        issue("chuo-floor", chuo, lane(chuo, "A")).then().statusCode(201);

        JsonPath queue = queueAt(finder(day), chuo);
        assertThat(queue.getString("laneLetter"), is("B"));
        assertThat(queue.getString("laneNameJa"), is("証明書"));
        assertThat(queue.getInt("waiting"), is(before + 2));
        assertThat(queue.get("asOf"), notNullValue());
    }

    @Test
    void channelsOtherDatesAndClosedOfficesHaveNoQueue() {
        LocalDate day = freshDay();
        clockAt(day, 10, 0);
        List<Map<String, Object>> results = finder(day).getList("results");
        results.stream().filter(r -> "CHANNEL".equals(((Map<?, ?>) r.get("place")).get("kind")))
                .forEach(r -> assertThat(r.get("queue"), nullValue()));
        assertThat(finder(day.plusDays(1)).getList("results.queue"), everyItem(nullValue()));

        clockAt(day, 18, 30);
        assertThat(finder(day).getList("results.queue"), everyItem(nullValue()));
    }

    private static JsonPath finder(LocalDate date) {
        return as(null).queryParam("procedure", "juminhyo-copy").queryParam("date", date.toString())
                .get("/api/v1/finder").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath queueAt(JsonPath answer, long office) {
        List<Map<String, Object>> results = answer.getList("results");
        Map<?, ?> found = results.stream().filter(r -> {
            Object id = ((Map<?, ?>) r.get("place")).get("officeId");
            return id != null && ((Number) id).longValue() == office;
        }).findFirst().orElseThrow();
        assertThat("office " + office + " is open now and has a queue", found.get("queue"), notNullValue());
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(found.get("queue"))
                .toString());
    }
}
