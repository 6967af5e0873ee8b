package jp.wardhub.queue;

import static jp.wardhub.queue.FloorSteps.callNext;
import static jp.wardhub.queue.FloorSteps.clockAt;
import static jp.wardhub.queue.FloorSteps.freeWindow;
import static jp.wardhub.queue.FloorSteps.freshDay;
import static jp.wardhub.queue.FloorSteps.issue;
import static jp.wardhub.queue.FloorSteps.lane;
import static jp.wardhub.queue.FloorSteps.office;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** 今何人待ち: the public board follows the floor at once, and its event stream reaches boards, reconnections too. */
@QuarkusTest
class QueueBoardTest {

    /** A safety net against a hang, never what the test waits for when things work. */
    private static final long PATIENCE_SECONDS = EventStream.PATIENCE_SECONDS;

    @Test
    void theBoardCountsWaitingVisitorsAndShowsTheNumbersCalled() {
        clockAt(freshDay(), 10, 0);
        long chuo = office("中央区役所");
        long a = lane(chuo, "A");
        freeWindow("chuo", chuo, 2);
        JsonPath before = board(chuo);
        int waiting = laneOf(before, "A").getInt("waiting");
        issue("chuo-floor", chuo, a).then().statusCode(201);
        issue("kiosk", chuo, a).then().statusCode(201);
        assertThat(laneOf(board(chuo), "A").getInt("waiting"), is(waiting + 2));
        String called = callNext("chuo", chuo, 2).then().statusCode(200).extract().path("label");
        JsonPath after = laneOf(board(chuo), "A");
        assertThat(after.getInt("waiting"), is(waiting + 1));
        assertThat(after.getString("lastCalled[0].label"), is(called));
        assertThat(after.getInt("lastCalled[0].window"), is(2));
        assertThat(after.getList("openWindows"), hasItems(1, 2, 3));
        assertThat(board(chuo).getBoolean("openNow"), is(true));
    }

    @Test
    void everyOfficeWithLanesHasABoardAndAWardCanBeChosen() {
        clockAt(freshDay(), 10, 0);
        List<String> all = as(null).get("/api/v1/queue").then().statusCode(200).extract().path("nameJa");
        assertThat(all.size(), is(12));
        List<String> minami = as(null).queryParam("ward", "431044").get("/api/v1/queue").then().statusCode(200)
                .extract().path("nameJa");
        assertThat(minami, containsInAnyOrder("南区役所", "天明総合出張所", "幸田総合出張所", "城南総合出張所"));
        as(null).get("/api/v1/offices/999999/queue").then().statusCode(404);
    }

    @Test
    void aBoardFollowsTheFloorLiveAndCatchesUpAfterReconnecting() throws Exception {
        clockAt(freshDay(), 10, 0);
        long chuo = office("中央区役所");
        long b = lane(chuo, "B");
        freeWindow("chuo", chuo, 5);
        String seen;
        try (EventStream stream = EventStream.open(chuo, null)) {
            EventStream.Event first = stream.next();
            assertThat(first.data().get("event"), nullValue());
            int waiting = first.data().getInt("board.lanes.find { it.letter == 'B' }.waiting");
            String label = issue("kiosk", chuo, b).then().statusCode(201).extract().path("label");
            EventStream.Event issued = stream.nextOf("ISSUED", label);
            assertThat(issued.data().getInt("board.lanes.find { it.letter == 'B' }.waiting"), is(waiting + 1));
            seen = issued.id();
        }
        String label = issue("chuo-floor", chuo, b).then().statusCode(201).extract().path("label");
        String called = callNext("chuo", chuo, 5).then().statusCode(200).extract().path("label");
        try (EventStream stream = EventStream.open(chuo, seen)) {
            // what was missed comes replayed or live (when its send was still on the way), each event once, and a
            // board always comes with it
            Set<String> ids = new HashSet<>();
            boolean issued = false;
            boolean calledSeen = false;
            boolean boardSeen = false;
            while (!(issued && calledSeen && boardSeen)) {
                EventStream.Event e = stream.next();
                boardSeen |= e.data().get("board") != null;
                if (e.data().get("event") == null) {
                    assertThat(e.data().getString("board.nameJa"), equalTo("中央区役所"));
                    continue;
                }
                assertThat("event " + e.id() + " sent twice", ids.add(e.id()), is(true));
                assertThat(Long.parseLong(e.id()), greaterThan(Long.parseLong(seen)));
                String kind = e.data().getString("event.kind");
                String ticket = e.data().getString("event.label");
                issued |= kind.equals("ISSUED") && ticket.equals(label);
                calledSeen |= kind.equals("CALLED") && ticket.equals(called);
            }
        }
    }

    @Test
    void aBrowserOfferingCompressionGetsEachEventAsItHappens() throws Exception {
        clockAt(freshDay(), 10, 0);
        long chuo = office("中央区役所");
        long b = lane(chuo, "B");
        try (EventStream stream = EventStream.openAsBrowser(chuo)) {
            assertThat(stream.next().data().get("event"), nullValue());
            // a compressor would hold the events back until its buffer fills (the heartbeat is an hour here)
            assertThat(stream.contentEncoding(), is("identity"));
            String label = issue("kiosk", chuo, b).then().statusCode(201).extract().path("label");
            assertThat(stream.nextOf("ISSUED", label).data().getString("event.label"), is(label));
        }
    }

    @Test
    void theStreamOfAnUnknownOfficeIsNotFoundAndAGarbledLastEventIdIsIgnored() throws Exception {
        clockAt(freshDay(), 10, 0);
        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/api/v1/offices/999999/queue/events"))
                .timeout(Duration.ofSeconds(PATIENCE_SECONDS)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode(), is(404));
        try (EventStream stream = EventStream.open(office("中央区役所"), "not-a-number")) {
            assertThat(stream.next().data().get("event"), nullValue());
        }
    }

    private static JsonPath board(long office) {
        return as(null).get("/api/v1/offices/" + office + "/queue").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath laneOf(JsonPath board, String letter) {
        return new JsonPath(board.prettify()).setRootPath("lanes.find { it.letter == '" + letter + "' }");
    }
}
