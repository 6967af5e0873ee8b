package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.voice.Voices.act;
import static jp.wardhub.voice.Voices.get;
import static jp.wardhub.voice.Voices.id;
import static jp.wardhub.voice.Voices.step;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.testing.SendsInvalidRequests;

/** The voice workflow: received → triaged → assigned (→ transferred) → answered → closed, published; due dates. */
@QuarkusTest
class VoiceWorkflowTest {

    /** A valid body for each action, so that a refusal can only come from the state. */
    static final Map<String, String> BODIES = Map.of("triage", Voices.TRIAGE, "assign", Voices.TO_SECTION, "transfer",
            Voices.TO_KITA,
            "answer", Voices.ANSWER, "close", Voices.CLOSE, "publish", Voices.PUBLISH);

    @Inject
    VoiceOverdueScheduler overdueJob;

    @Test
    void aVoiceGoesFromReceiptToPublicationAndEveryStepIsInItsHistoryAndTheAuditTrail() {
        var created = Voices.create("chuo-floor", Voices.body(null, "通学路の街灯が切れています（流れの確認）"));
        long id = id(created);
        assertEquals(Voices.CHUO, created.path("wardCode"), "ward staff default to their own ward");
        assertEquals("RECEIVED", created.path("status"));
        assertTrue(created.<String>path("reference").matches("V-\\d{4}-\\d{6}"));
        assertEquals("\"" + created.path("version") + "\"", created.header("ETag"));

        var triaged = act("hq", id, "triage",
                "{\"dueOn\":\"" + BusinessTime.today().plusDays(10) + "\",\"categories\":[\"roads\"]}",
                created.header("ETag")).then().statusCode(200).body("status", equalTo("TRIAGED"))
                .body("categories", contains("roads")).body("actions", contains("ASSIGN")).extract();
        var assigned = act("chuo", id, "assign", Voices.TO_CHUO, triaged.header("ETag")).then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("assignedWardCode", equalTo(Voices.CHUO)).extract();
        as("chuo").get("/api/v1/notifications?size=100").then()
                .body("items.findAll { it.link == '/voices/" + id + "' }.kind", hasItem("voice-assigned"));

        var transferred = act("chuo", id, "transfer",
                "{\"sectionCode\":\"" + Voices.SECTION + "\",\"note\":\"窓口の所管のため\"}",
                assigned.header("ETag")).then().statusCode(200).body("status", equalTo("ASSIGNED"))
                .body("assignedSectionCode", equalTo(Voices.SECTION)).body("assignedWardCode", nullValue()).extract();
        as("hq-kusei").get("/api/v1/notifications?size=100").then()
                .body("items.findAll { it.link == '/voices/" + id + "' }.kind", hasItem("voice-assigned"));
        act("chuo", id, "answer", Voices.ANSWER, transferred.header("ETag")).then().statusCode(403);

        var answered = act("hq-kusei", id, "answer", Voices.ANSWER, transferred.header("ETag")).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answeredBy", equalTo("hq-kusei"))
                .body("overdue", equalTo(false)).extract();
        var closed = act("hq-kusei", id, "close", "{}", answered.header("ETag")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).extract();
        act("hq", id, "publish", Voices.PUBLISH, closed.header("ETag")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("publication.status", equalTo("PUBLISHED"))
                .body("publication.publishedText", containsString("街灯"));

        var voice = get("hq", id);
        assertEquals(List.of("RECEIVE", "TRIAGE", "ASSIGN", "TRANSFER", "ANSWER", "CLOSE", "PUBLISH"),
                voice.path("history.action"));
        assertEquals("ward:" + Voices.CHUO, voice.path("history[3].fromAssignee"));
        assertEquals("section:" + Voices.SECTION, voice.path("history[3].toAssignee"));
        assertEquals("窓口の所管のため", voice.path("history[3].note"));
        assertEquals("chuo", voice.path("history[3].actor"));
        assertEquals(List.of("ASSIGNED", "ASSIGNED"),
                List.of(voice.path("history[3].fromStatus"), voice.path("history[3].toStatus")));

        List<String> audited = as("admin").get("/api/v1/audit?entity=voice&id=" + id + "&size=100").then()
                .statusCode(200)
                .extract().path("items.action");
        assertTrue(audited.containsAll(List.of("create", "triage", "assign", "transfer", "answer", "close", "publish")),
                audited.toString());
    }

    @Test
    void everyIllegalTransitionIs409NamingTheAllowedActions() {
        long id = id(Voices.chuoVoice("順番を守らない操作の確認"));
        List<String> checked = new ArrayList<>();
        for (VoiceState state : VoiceState.values()) {
            for (VoiceState.Action action : VoiceState.Action.values()) {
                if (state.allowed().contains(action)) {
                    continue;
                }
                String name = action.name().toLowerCase();
                String etag = get("admin", id).header("ETag");
                String allowed = String.join(", ", state.allowed().stream().map(Enum::name).toList());
                act("admin", id, name, BODIES.get(name), etag).then().statusCode(409)
                        .body("type", equalTo(ProblemType.ILLEGAL_TRANSITION.type().toString()))
                        .body("detail", containsString("できる操作: " + allowed));
                checked.add(state + "/" + action);
            }
            switch (state) {
                case RECEIVED -> step(id, "triage", Voices.TRIAGE);
                case TRIAGED -> step(id, "assign", Voices.TO_SECTION);
                case ASSIGNED -> step(id, "answer", Voices.ANSWER);
                case ANSWERED -> step(id, "close", Voices.CLOSE);
                case CLOSED -> {
                }
            }
        }
        assertEquals(23, checked.size(), checked.toString());
        assertEquals(List.of("RECEIVE", "TRIAGE", "ASSIGN", "ANSWER", "CLOSE"), get("admin", id).path("history.action"),
                "a refused transition leaves no history");
    }

    @SendsInvalidRequests
    @Test
    void transitionsNeedTheCurrentETag() {
        var created = Voices.chuoVoice("ETag の確認");
        long id = id(created);
        act("admin", id, "triage", Voices.TRIAGE, null).then().statusCode(428);
        act("admin", id, "triage", Voices.TRIAGE, "\"99\"").then().statusCode(412);
        act("admin", id, "triage", Voices.TRIAGE, created.header("ETag")).then().statusCode(200);
        act("admin", id, "assign", Voices.TO_SECTION, created.header("ETag")).then().statusCode(412);
    }

    @Test
    void aTransferRecordsWhereFromAndToAndRefusesTheSameAssignee() {
        long id = Voices.chuoVoiceIn(VoiceState.ASSIGNED, "移ちょうの確認");
        String etag = get("admin", id).header("ETag");
        act("admin", id, "transfer", Voices.TO_SECTION, etag).then().statusCode(400)
                .body("errors[0].field", equalTo("sectionCode"));
        act("admin", id, "transfer", "{\"wardCode\":\"431052\",\"sectionCode\":\"ward-administration\"}", etag).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("wardCode"));
        act("admin", id, "transfer", "{\"sectionCode\":\"no-such-section\"}", etag).then().statusCode(400)
                .body("errors[0].field", equalTo("sectionCode"));
        act("admin", id, "transfer", "{\"wardCode\":\"431052\",\"note\":\"北区の案件\"}", etag).then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("assignedWardCode", equalTo("431052"))
                .body("history.findAll { it.action == 'TRANSFER' }.size()", equalTo(1))
                .body("history.find { it.action == 'TRANSFER' }.fromAssignee", equalTo("section:" + Voices.SECTION))
                .body("history.find { it.action == 'TRANSFER' }.toAssignee", equalTo("ward:431052"));
        // the ward it was transferred to now sees it, and its staff handle it
        as("kita").get("/api/v1/voices/" + id).then().statusCode(200).body("actions", contains("TRANSFER", "ANSWER"));
    }

    @Test
    void theDueDateIs14DaysAfterReceiptUnlessSetAtTriage() {
        LocalDate received = BusinessTime.today().minusDays(3);
        var created = Voices.create("admin", Voices.body(Voices.CHUO, "回答期限の確認", received));
        assertEquals(received.plusDays(14).toString(), created.path("dueOn"));
        long id = id(created);
        act("admin", id, "triage", "{\"dueOn\":\"" + received.minusDays(1) + "\"}", created.header("ETag")).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dueOn"));
        act("admin", id, "triage", "{\"dueOn\":\"" + received.plusDays(30) + "\"}", created.header("ETag")).then()
                .statusCode(200)
                .body("dueOn", equalTo(received.plusDays(30).toString()));
        Voices.create("admin", Voices.body(Voices.CHUO, "未来の受付日", BusinessTime.today())); // today is fine
        as("admin").contentType("application/json")
                .body(Voices.body(Voices.CHUO, "未来の受付日", BusinessTime.today().plusDays(1)))
                .post("/api/v1/voices").then().statusCode(400).body("errors[0].field", equalTo("receivedOn"));
    }

    @Test
    void overdueVoicesAreListedUntilAnswered() {
        LocalDate received = BusinessTime.today().minusDays(20);
        var late = Voices.create("admin", Voices.body(Voices.CHUO, "期限切れの確認", received));
        long id = id(late);
        assertEquals(true, late.path("overdue"));
        long onTime = id(Voices.chuoVoice("期限内の確認"));
        as("admin").get("/api/v1/voices?overdue=true&size=100&q=期限切れの確認").then().statusCode(200)
                .body("items.id", contains((int) id)).body("items.overdue", everyItem(equalTo(true)));
        as("admin").get("/api/v1/voices?overdue=true&size=100").then().body("items.id", not(hasItem((int) onTime)));
        as("admin").get("/api/v1/voices?overdue=false&size=100&q=の確認").then().body("items.id", not(hasItem((int) id)));
        as("chuo").get("/api/v1/voices?overdue=true&size=100").then().statusCode(200).body("items.id",
                hasItem((int) id));
        as("admin").get("/api/v1/voices?overdue=maybe").then().statusCode(400).body("errors[0].field",
                equalTo("overdue"));

        step(id, "triage", Voices.TRIAGE);
        step(id, "assign", Voices.TO_SECTION);
        step(id, "answer", Voices.ANSWER);
        as("admin").get("/api/v1/voices?overdue=true&size=100&q=期限切れの確認").then().body("total", equalTo(0));
    }

    @Test
    void theOverdueJobTellsTheAssigneesOncePerVoice() {
        var late = Voices.create("admin", Voices.body(Voices.CHUO, "期限切れの通知の確認", BusinessTime.today().minusDays(30)));
        long id = id(late);
        step(id, "triage", Voices.TRIAGE);
        step(id, "assign", Voices.TO_SECTION);
        overdueJob.notifyOverdue();
        overdueJob.notifyOverdue();
        as("hq-kusei").get("/api/v1/notifications?size=100").then().statusCode(200)
                .body("items.findAll { it.link == '/voices/" + id + "' && it.kind == 'voice-overdue' }.size()",
                        equalTo(1))
                .body("items.find { it.kind == 'voice-overdue' && it.link == '/voices/" + id + "' }.titleJa",
                        containsString(late.<String>path("reference")));
        as("chuo").get("/api/v1/notifications?size=100").then()
                .body("items.findAll { it.link == '/voices/" + id + "' && it.kind == 'voice-overdue' }.size()",
                        equalTo(0));
        // an unassigned overdue voice goes to its ward's staff
        long unassigned = id(
                Voices.create("admin", Voices.body(Voices.KITA, "未割当ての期限切れ", BusinessTime.today().minusDays(30))));
        overdueJob.notifyOverdue();
        as("kita").get("/api/v1/notifications?size=100").then()
                .body("items.findAll { it.link == '/voices/" + unassigned + "' && it.kind == 'voice-overdue' }.size()",
                        equalTo(1));
    }

    @Test
    void referenceNumbersStayUniqueAndConsecutiveUnder20ParallelCreates() throws Exception {
        Voices.chuoVoice("並行受付の前"); // the counter row of the year exists, and the tokens are cached
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<String>> creates = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String text = "並行受付 " + i;
                creates.add(() -> Voices.chuoVoice(text).path("reference"));
            }
            Set<String> references = new TreeSet<>();
            for (Future<String> f : pool.invokeAll(creates)) {
                references.add(f.get());
            }
            assertEquals(20, references.size(), references.toString());
            List<Integer> numbers = references.stream().map(r -> Integer.parseInt(r.substring(7))).sorted().toList();
            assertEquals(19, numbers.get(19) - numbers.get(0), "no gaps: " + references);
            references.forEach(r -> org.hamcrest.MatcherAssert.assertThat(r,
                    matchesPattern("V-" + BusinessTime.today().getYear() + "-\\d{6}")));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownVoiceIs404() {
        as("admin").get("/api/v1/voices/999999999").then().statusCode(404);
        act("admin", 999999999, "triage", Voices.TRIAGE, "\"0\"").then().statusCode(404);
    }
}
