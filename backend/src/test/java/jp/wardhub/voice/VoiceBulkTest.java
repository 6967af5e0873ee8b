package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.voice.Voices.CHUO;
import static jp.wardhub.voice.Voices.KITA;
import static jp.wardhub.voice.Voices.chuoVoiceIn;
import static jp.wardhub.voice.Voices.create;
import static jp.wardhub.voice.Voices.get;
import static jp.wardhub.voice.Voices.id;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * POST /voices/bulk: one action on several voices, all or nothing, each voice checked as the single action checks it
 * (who may, the version read, what the state allows); a refusal names every voice that stood in the way.
 */
@QuarkusTest
class VoiceBulkTest {

    private static final String REFUSED = "https://wardhub.city/problems/voice-bulk-refused";

    private static long version(long id) {
        return ((Number) get("admin", id).path("version")).longValue();
    }

    private static String item(long id) {
        return item(id, version(id));
    }

    private static String item(long id, long version) {
        return "{\"id\":" + id + ",\"version\":" + version + "}";
    }

    private static String body(String action, String extra, String... items) {
        return "{\"action\":\"" + action + "\",\"items\":[" + String.join(",", items) + "]"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static Response bulk(String who, String body) {
        return as(who).contentType(ContentType.JSON).body(body).post("/api/v1/voices/bulk");
    }

    private static String status(long id) {
        return get("admin", id).path("status");
    }

    @Test
    void triagedVoicesAreAssignedToAPersonTogetherWithHistoryAuditAndANotification() {
        long a = chuoVoiceIn(VoiceState.TRIAGED, "一括割当ての確認 1");
        long b = chuoVoiceIn(VoiceState.TRIAGED, "一括割当ての確認 2");
        bulk("chuo", body("ASSIGN", "\"staffUsername\":\"chuo-kessai\",\"note\":\"まとめて\"", item(a), item(b)))
                .then().statusCode(200)
                .body("action", equalTo("ASSIGN"))
                .body("voices.id", contains((int) a, (int) b))
                .body("voices.status", contains("ASSIGNED", "ASSIGNED"))
                .body("voices.assignedStaff", contains("chuo-kessai", "chuo-kessai"))
                .body("voices.assignedWardCode", contains(CHUO, CHUO));
        get("chuo", a).response().then().body("assignedStaff", equalTo("chuo-kessai"))
                .body("history[-1].action", equalTo("ASSIGN")).body("history[-1].toAssignee",
                        equalTo("staff:chuo-kessai"))
                .body("history[-1].actor", equalTo("chuo")).body("history[-1].note", equalTo("まとめて"));
        List<String> audited = as("admin").get("/api/v1/audit?entity=voice&id=" + b).then().statusCode(200).extract()
                .path("items.action");
        assertTrue(audited.contains("assign"), audited.toString());
        // the person is told, not the whole ward
        as("chuo-kessai").get("/api/v1/notifications?size=100").then()
                .body("items.findAll { it.kind == 'voice-assigned' && it.link == '/voices/" + a + "' }.size()",
                        equalTo(1));
        as("chuo").get("/api/v1/notifications?size=100").then()
                .body("items.findAll { it.kind == 'voice-assigned' && it.link == '/voices/" + a + "' }.size()",
                        equalTo(0));
    }

    @Test
    void oneStaleVersionChangesNothingAndIsNamedWithItsId() {
        long a = chuoVoiceIn(VoiceState.RECEIVED, "一括の版の確認 1");
        long b = chuoVoiceIn(VoiceState.RECEIVED, "一括の版の確認 2");
        long stale = version(b);
        Voices.step(b, "triage", Voices.TRIAGE); // someone else moved b on meanwhile
        bulk("chuo", body("TRIAGE", "", item(a), item(b, stale))).then().statusCode(409)
                .body("type", equalTo(REFUSED))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("items[1]"))
                .body("errors[0].rule", equalTo("Stale"))
                .body("errors[0].value", equalTo(Long.toString(b)))
                .body("errors[0].message", containsString(get("admin", b).path("reference")));
        assertEquals("RECEIVED", status(a), "all or nothing: the voice that could change did not");
    }

    @Test
    void everyRefusedVoiceIsListedWithItsReasonAndNothingChanges() {
        long fine = chuoVoiceIn(VoiceState.RECEIVED, "一括の理由の確認 1");
        long triaged = chuoVoiceIn(VoiceState.TRIAGED, "一括の理由の確認 2");
        long kita = id(create("admin", Voices.body(KITA, "一括の理由の確認 3")));
        Response r = bulk("chuo", body("TRIAGE", "\"categories\":[\"parks\"]", item(fine), item(triaged), item(kita),
                item(999_999_999L, 0)));
        r.then().statusCode(409).body("type", equalTo(REFUSED)).body("errors", hasSize(3));
        List<String> rules = r.path("errors.rule");
        List<String> ids = r.path("errors.value");
        assertEquals(List.of("IllegalTransition", "Forbidden", "NotFound"), rules);
        assertEquals(List.of(Long.toString(triaged), Long.toString(kita), "999999999"), ids);
        get("admin", fine).response().then().body("status", equalTo("RECEIVED"))
                .body("categories", contains("roads", "safety"));
    }

    @Test
    void categoriesAreSetWithoutMovingTheVoicesOn() {
        long a = chuoVoiceIn(VoiceState.ASSIGNED, "一括の分類の確認 1");
        long b = chuoVoiceIn(VoiceState.RECEIVED, "一括の分類の確認 2");
        bulk("hq", body("CATEGORIZE", "\"categories\":[\"parks\",\"waste\"]", item(a), item(b))).then()
                .statusCode(200).body("voices.status", contains("ASSIGNED", "RECEIVED"))
                .body("voices[0].categories", contains("parks", "waste"));
        get("admin", a).response().then().body("history[-1].action", equalTo("CATEGORIZE"));
        List<String> audited = as("admin").get("/api/v1/audit?entity=voice&id=" + a).then().extract()
                .path("items.action");
        assertTrue(audited.contains("categorize"), audited.toString());

        long closed = chuoVoiceIn(VoiceState.CLOSED, "一括の分類の確認 3");
        bulk("admin", body("CATEGORIZE", "\"categories\":[\"parks\"]", item(closed))).then().statusCode(409)
                .body("errors[0].rule", equalTo("IllegalTransition"));
        bulk("admin", body("CATEGORIZE", "", item(a))).then().statusCode(400)
                .body("errors[0].field", equalTo("categories"));
    }

    @SendsInvalidRequests
    @Test
    void badInputIsA400NamingTheField() {
        long a = chuoVoiceIn(VoiceState.TRIAGED, "一括の入力の確認");
        bulk("admin", body("ASSIGN", "", item(a))).then().statusCode(400).body("errors[0].field", equalTo("wardCode"));
        bulk("admin", body("ASSIGN", "\"staffUsername\":\"nobody-here\"", item(a))).then().statusCode(400)
                .body("errors[0].field", equalTo("staffUsername")).body("errors[0].rule", equalTo("Exists"));
        bulk("admin", body("ASSIGN", "\"staffUsername\":\"chuo-floor\"", item(a))).then().statusCode(400)
                .body("errors[0].rule", equalTo("Handler"));
        bulk("admin", body("TRIAGE", "", item(a), item(a))).then().statusCode(400)
                .body("errors[0].field", equalTo("items[1].id"));
        bulk("admin", "{\"action\":\"TRIAGE\",\"items\":[]}").then().statusCode(400)
                .body("errors[0].field", equalTo("items"));
        assertEquals("TRIAGED", status(a));
    }

    @Test
    void anIdempotencyKeyMakesARetryAnswerTheFirstResult() {
        long a = chuoVoiceIn(VoiceState.ANSWERED, "一括の再送の確認");
        String body = body("CLOSE", "", item(a));
        String key = UUID.randomUUID().toString();
        Response first = as("chuo").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/voices/bulk");
        first.then().statusCode(200).body("voices[0].status", equalTo("CLOSED"));
        Response again = as("chuo").header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/voices/bulk");
        again.then().statusCode(200);
        assertEquals(first.asString(), again.asString());
        as("chuo").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body("CLOSE", "\"note\":\"別の内容\"", item(a))).post("/api/v1/voices/bulk").then()
                .statusCode(422);
        long closings = ((List<?>) get("admin", a).path("history.findAll { it.action == 'CLOSE' }")).size();
        assertEquals(1, closings);
    }

    // ---- the authorization matrix ----

    private static final List<String> ROLES = List.of("admin", "hq", "hq-kusei", "chuo", "kita", "chuo-floor",
            "chuo-liaison", "partner");

    /**
     * Triage, on a voice of the caller's ward (中央区) and of another (北区). Roles that never coordinate voices are
     * refused before the body is read (403); staff who may coordinate some voices but not this one get the bulk
     * refusal (409) naming the voice as Forbidden.
     */
    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String ward : List.of(CHUO, KITA)) {
            cases.add(Arguments.of(ward, null, 401));
            for (String who : ROLES) {
                boolean mayCoordinate = who.equals("admin") || who.equals("hq")
                        || who.equals("chuo") && ward.equals(CHUO) || who.equals("kita") && ward.equals(KITA);
                boolean rolePasses = List.of("admin", "hq", "hq-kusei", "chuo", "kita").contains(who);
                cases.add(Arguments.of(ward, who, mayCoordinate ? 200 : rolePasses ? 409 : 403));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "bulk triage of a voice of {0} as {1} → {2}")
    @MethodSource("matrix")
    void onlyThoseWhoCoordinateAVoiceChangeItInBulk(String ward, String who, int expected) {
        long id = id(create("admin", Voices.body(ward, "一括の権限の確認")));
        Response r = bulk(who, body("TRIAGE", "", item(id)));
        assertEquals(expected, r.statusCode(), r.asString());
        if (expected == 409) {
            assertEquals("Forbidden", r.path("errors[0].rule"));
        }
        assertEquals(expected == 200 ? "TRIAGED" : "RECEIVED", status(id));
    }

    @Test
    void theListCarriesTheVersionToSendBack() {
        long a = chuoVoiceIn(VoiceState.RECEIVED, "一括の版の一覧 " + UUID.randomUUID());
        String reference = get("admin", a).path("reference");
        Object listed = as("chuo").get("/api/v1/voices?q=" + reference).then().statusCode(200).extract()
                .path("items[0].version");
        assertEquals(version(a), ((Number) listed).longValue());
    }
}
