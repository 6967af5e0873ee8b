package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;

import java.time.LocalDate;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jp.wardhub.platform.BusinessTime;

/** Test helpers: voice bodies, creating a voice and moving it through the workflow. */
final class Voices {

    static final String CHUO = "431010";
    static final String KITA = "431052";
    static final String SECTION = "ward-administration"; // 区政課: hq-kusei's section

    private Voices() {
    }

    static String body(String ward, String text) {
        return body(ward, text, BusinessTime.today());
    }

    static String body(String ward, String text, LocalDate receivedOn) {
        return """
                {"channel":"COUNTER","type":"REQUEST","categories":["roads","safety"],%s"schoolDistrict":"慶徳校区",
                 "text":"%s","receivedOn":"%s","location":"中央区新町2丁目"}"""
                .formatted(ward == null ? "" : "\"wardCode\":\"" + ward + "\",", text, receivedOn);
    }

    static String withPersonalData(String ward, String text) {
        return """
                {"channel":"PHONE","type":"COMPLAINT","categories":["waste"],"wardCode":"%s","text":"%s",
                 "personalData":{"name":"見本 試験者","address":"熊本市中央区見本町9-9-9","phone":"096-000-9999",
                                 "email":"mihon.shikensha@example.jp","consentToContact":true}}""".formatted(ward,
                text);
    }

    static ExtractableResponse<Response> create(String who, String body) {
        var spec = as(who).contentType(ContentType.JSON).body(body);
        if ("partner".equals(who)) {
            spec = spec.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return spec.post("/api/v1/voices").then().statusCode(201).extract();
    }

    /** A new Chūō voice, taken in by the administrator. */
    static ExtractableResponse<Response> chuoVoice(String text) {
        return create("admin", body(CHUO, text));
    }

    static long id(ExtractableResponse<Response> r) {
        return ((Number) r.path("id")).longValue();
    }

    static ExtractableResponse<Response> get(String who, long id) {
        return as(who).get("/api/v1/voices/" + id).then().statusCode(200).extract();
    }

    static Response act(String who, long id, String action, String body, String etag) {
        var spec = as(who).contentType(ContentType.JSON).body(body);
        if (etag != null) {
            spec = spec.header("If-Match", etag);
        }
        return spec.post("/api/v1/voices/" + id + "/" + action);
    }

    /** Does the action as the administrator with the current ETag, expecting success. */
    static ExtractableResponse<Response> step(long id, String action, String body) {
        String etag = get("admin", id).header("ETag");
        return act("admin", id, action, body, etag).then().statusCode(200).extract();
    }

    static final String TRIAGE = "{\"note\":\"振り分け\"}";
    static final String TO_SECTION = "{\"sectionCode\":\"" + SECTION + "\",\"note\":\"区政課へ\"}";
    static final String TO_CHUO = "{\"wardCode\":\"" + CHUO + "\"}";
    static final String TO_KITA = "{\"wardCode\":\"" + KITA + "\"}";
    static final String ANSWER = "{\"answer\":\"現地を確認し、対応しました。\"}";
    static final String CLOSE = "{\"note\":\"完了\"}";
    static final String PUBLISH = "{\"publishedText\":\"街灯の交換の要望。→ 交換しました。\"}";

    /** A Chūō voice moved by the administrator to {@code state}; assigned to 区政課 from ASSIGNED on. */
    static long chuoVoiceIn(VoiceState state, String text) {
        long id = id(chuoVoice(text));
        if (state == VoiceState.RECEIVED) {
            return id;
        }
        step(id, "triage", TRIAGE);
        if (state == VoiceState.TRIAGED) {
            return id;
        }
        step(id, "assign", TO_SECTION);
        if (state == VoiceState.ASSIGNED) {
            return id;
        }
        step(id, "answer", ANSWER);
        if (state == VoiceState.ANSWERED) {
            return id;
        }
        step(id, "close", CLOSE);
        return id;
    }
}
