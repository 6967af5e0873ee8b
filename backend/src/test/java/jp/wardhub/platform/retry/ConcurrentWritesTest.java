package jp.wardhub.platform.retry;

import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.wardhub.testing.Parallel;

/**
 * Twenty requests at once never give a 5xx. The same Idempotency-Key makes one record and every other request gets
 * the first answer again (or is told the first is still in progress); the same If-Match lets exactly one update
 * through and the others are told the record changed (412) or that they collided (409).
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int THREADS = 20;
    private static final String IN_PROGRESS = "https://wardhub.city/problems/idempotency-key-in-progress";
    private static final String WRITE_CONFLICT = "https://wardhub.city/problems/write-conflict";

    private static String voice(String text) {
        return """
                {"channel":"WEB_FORM","type":"PROPOSAL","categories":["parks"],"wardCode":"431028","text":"%s",
                 "personalData":{"email":"parallel.sender@example.jp","consentToContact":false}}""".formatted(text);
    }

    private static String proposal(String title) {
        return """
                {"kind":"PROJECT","title":"%s","background":"同時送信の試験のための背景（試験）",
                 "content":"同時送信の試験","expectedEffect":"二重登録が起きないこと","estimatedCostYen":1000000,
                 "voiceRefs":["V-2026-000123"],"figures":[{"label":"件数","value":3,"unit":"件"}]}""".formatted(title);
    }

    private static String faq(String question) {
        return """
                {"procedureCode":"juminhyo-copy","audience":"RESIDENT","questionJa":"%s",
                 "answerJa":"はい、委任状があれば代理人でも請求できます。","questionEn":"Can a proxy get it?",
                 "answerEn":"Yes, with a letter of attorney."}""".formatted(question);
    }

    @Test
    void partnersSendingOneVoiceTwentyTimesAtOnceMakeOneVoice() throws Exception {
        String key = UUID.randomUUID().toString();
        String text = "同時に 20 回送った声 " + key;
        as("partner");
        List<Response> responses = Parallel.run(THREADS, i -> as("partner").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(voice(text)).post("/api/v1/voices"));
        Set<Object> ids = assertOneCreatedRestReplayedOrInProgress(responses, "id");
        assertEquals(1, ids.size(), "one voice: " + ids);
        as("admin").get("/api/v1/voices?q=" + key).then().statusCode(200).body("total",
                org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void open311RequestsSentTwentyTimesAtOnceMakeOneVoice() throws Exception {
        String key = UUID.randomUUID().toString();
        as("partner");
        List<Response> responses = Parallel.run(THREADS, i -> as("partner").header("Idempotency-Key", key)
                .contentType(ContentType.URLENC).formParam("service_code", "roads")
                .formParam("description", "Open311 で同時に 20 回送った申出 " + key)
                .post("/open311/v2/requests.json"));
        Map<Integer, Integer> statuses = Parallel.statuses(responses);
        assertNoServerErrors(responses);
        Set<Object> references = new HashSet<>();
        for (Response r : responses) {
            if (r.statusCode() == 201) {
                references.add(r.path("[0].service_request_id"));
            } else {
                assertInProgress(r);
            }
        }
        assertEquals(1, references.size(), "one service request: " + references + " " + statuses);
        as("admin").get("/api/v1/voices?q=" + key).then().statusCode(200).body("total",
                org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void aWardSendingOneProposalTwentyTimesAtOnceMakesOneProposal() throws Exception {
        String key = UUID.randomUUID().toString();
        String title = "同時に 20 回送った提案 " + key.substring(0, 8);
        as("chuo");
        List<Response> responses = Parallel.run(THREADS, i -> as("chuo").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(proposal(title)).post("/api/v1/proposals"));
        Set<Object> ids = assertOneCreatedRestReplayedOrInProgress(responses, "id");
        assertEquals(1, ids.size(), "one proposal: " + ids);
        as("chuo").get("/api/v1/proposals?size=100&q=" + key.substring(0, 8)).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void twentyEditsOfOneProposalWithTheSameETagLetExactlyOneThrough() throws Exception {
        var drafted = as("chuo").contentType(ContentType.JSON).body(proposal("同時編集の提案")).post("/api/v1/proposals")
                .then().statusCode(201).extract();
        long id = ((Number) drafted.path("id")).longValue();
        String etag = drafted.header("ETag");
        List<Response> responses = Parallel.run(THREADS,
                i -> as("chuo").header("If-Match", etag).contentType(ContentType.JSON)
                        .body(proposal("同時編集の提案 その" + i)).put("/api/v1/proposals/" + id));
        assertExactlyOneWins(responses);
    }

    @Test
    void twentyTriagesOfOneVoiceWithTheSameETagLetExactlyOneThrough() throws Exception {
        var created = as("admin").contentType(ContentType.JSON).body("""
                {"channel":"COUNTER","type":"REQUEST","categories":["roads"],"wardCode":"431010","text":"同時に振り分ける声"}""")
                .post("/api/v1/voices").then().statusCode(201).extract();
        long id = ((Number) created.path("id")).longValue();
        String etag = created.header("ETag");
        List<Response> responses = Parallel.run(THREADS,
                i -> as("chuo").header("If-Match", etag).contentType(ContentType.JSON)
                        .body("{\"categories\":[\"roads\",\"safety\"],\"note\":\"同時の振り分け " + i + "\"}")
                        .post("/api/v1/voices/" + id + "/triage"));
        assertExactlyOneWins(responses);
        as("admin").get("/api/v1/voices/" + id).then().statusCode(200).body("status",
                org.hamcrest.Matchers.equalTo("TRIAGED"));
    }

    @Test
    void twentyEditsOfOneQuestionWithTheSameETagLetExactlyOneThrough() throws Exception {
        var created = as("chuo").contentType(ContentType.JSON).body(faq("同時に書き直す Q&A（試験）")).post("/api/v1/faqs")
                .then().statusCode(201).extract();
        long id = ((Number) created.path("id")).longValue();
        String etag = created.header("ETag");
        List<Response> responses = Parallel.run(THREADS,
                i -> as("chuo").header("If-Match", etag).contentType(ContentType.JSON)
                        .body(faq("同時に書き直す Q&A（試験）その" + i)).put("/api/v1/faqs/" + id));
        assertExactlyOneWins(responses);
    }

    /** One 201; every other answer is that 201 replayed or a 409 saying the first is still in progress. */
    private static Set<Object> assertOneCreatedRestReplayedOrInProgress(List<Response> responses, String idPath) {
        Map<Integer, Integer> statuses = Parallel.statuses(responses);
        assertNoServerErrors(responses);
        Set<Object> ids = new HashSet<>();
        int fresh = 0;
        for (Response r : responses) {
            if (r.statusCode() == 201) {
                ids.add(r.path(idPath));
                if (!"true".equals(r.header("Idempotent-Replayed"))) {
                    fresh++;
                }
            } else {
                assertInProgress(r);
            }
        }
        assertEquals(1, fresh, "one first answer, the rest replayed: " + statuses);
        return ids;
    }

    private static void assertInProgress(Response r) {
        assertEquals(409, r.statusCode(), r.asString());
        assertEquals(IN_PROGRESS, r.path("type"), r.asString());
        assertTrue(r.header("Retry-After") != null, "Retry-After on " + r.asString());
    }

    /** Exactly one 200; the others 412 (the ETag is stale) or 409 write-conflict with Retry-After. */
    private static void assertExactlyOneWins(List<Response> responses) {
        Map<Integer, Integer> statuses = Parallel.statuses(responses);
        assertNoServerErrors(responses);
        assertEquals(1, statuses.getOrDefault(200, 0), "exactly one update: " + statuses);
        for (Response r : responses) {
            if (r.statusCode() == 409) {
                assertEquals(WRITE_CONFLICT, r.path("type"), r.asString());
                assertTrue(r.header("Retry-After") != null, "Retry-After on " + r.asString());
            } else if (r.statusCode() != 200) {
                assertEquals(412, r.statusCode(), r.asString());
            }
        }
    }

    private static void assertNoServerErrors(List<Response> responses) {
        Map<Integer, Integer> statuses = Parallel.statuses(responses);
        System.out.println("parallel statuses: " + statuses);
        for (Response r : responses) {
            assertTrue(r.statusCode() < 500, "no 5xx: " + statuses + " e.g. " + r.asString());
        }
    }
}
