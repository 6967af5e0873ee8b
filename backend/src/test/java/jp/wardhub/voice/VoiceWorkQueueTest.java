package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.voice.Voices.CHUO;
import static jp.wardhub.voice.Voices.chuoVoiceIn;
import static jp.wardhub.voice.Voices.get;
import static jp.wardhub.voice.Voices.step;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Work queues: a voice assigned to a person shows under their 自分の担当 (assignee=me) and under 自分の課 (section=mine)
 * of their section, or of their ward for ward staff; the people to assign come with display names.
 */
@QuarkusTest
class VoiceWorkQueueTest {

    private static List<Integer> ids(String who, String query) {
        return as(who).get("/api/v1/voices?size=100&" + query).then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aVoiceAssignedToAPersonIsInTheirQueueAndTheirSectionsOnly() {
        String marker = "担当の確認" + UUID.randomUUID().toString().replaceAll("[0-9-]", "");
        long toHq = chuoVoiceIn(VoiceState.TRIAGED, marker + " 本庁");
        step(toHq, "assign", "{\"staffUsername\":\"hq-kusei\"}");
        long toChuo = chuoVoiceIn(VoiceState.TRIAGED, marker + " 区");
        step(toChuo, "assign", "{\"staffUsername\":\"chuo-kessai\"}");
        long toSection = chuoVoiceIn(VoiceState.ASSIGNED, marker + " 課"); // 区政課 as a whole

        get("admin", toHq).response().then().body("assignedStaff", equalTo("hq-kusei"))
                .body("assignedSectionCode", equalTo(Voices.SECTION));

        String q = "q=" + marker;
        assertEquals(List.of((int) toHq), ids("hq-kusei", q + "&assignee=me"));
        assertEquals(List.of((int) toChuo), ids("chuo-kessai", q + "&assignee=me"));
        assertEquals(List.of(), ids("chuo", q + "&assignee=me"));
        assertEquals(List.of((int) toChuo), ids("admin", q + "&assignee=chuo-kessai"));
        // 自分の課: 区政課 for hq-kusei (the person's voice and the section's), the ward for ward staff
        assertEquals(List.of((int) toSection, (int) toHq), ids("hq-kusei", q + "&section=mine"));
        assertEquals(List.of((int) toChuo), ids("chuo", q + "&section=mine"));
        assertEquals(List.of((int) toSection, (int) toHq), ids("admin", q + "&section=" + Voices.SECTION));
        // the filters narrow what the caller may read, never widen it
        assertEquals(List.of(), ids("kita", q + "&assignee=chuo-kessai"));
        // statistics take the same filters
        as("hq-kusei").get("/api/v1/voices/stats?groupBy=ward&assignee=me&" + q).then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void aPageAskedAgainShowsEveryChangeOnceItIsCommitted() {
        String marker = "再表示の確認" + UUID.randomUUID().toString().replaceAll("[0-9-]", "");
        String page = "/api/v1/voices?q=" + marker;
        as("chuo").get(page).then().statusCode(200).body("total", equalTo(0));
        long id = chuoVoiceIn(VoiceState.RECEIVED, marker);
        as("chuo").get(page).then().statusCode(200).body("total", equalTo(1)).body("items[0].status",
                equalTo("RECEIVED"));
        step(id, "triage", "{}");
        as("chuo").get(page).then().statusCode(200).body("items[0].status", equalTo("TRIAGED"));
        step(id, "assign", "{\"staffUsername\":\"chuo-kessai\"}");
        as("chuo").get(page).then().statusCode(200).body("items[0].status", equalTo("ASSIGNED"))
                .body("items[0].assignedStaff", equalTo("chuo-kessai"));
    }

    @Test
    void anAccountWithoutSectionOrWardCannotAskForItsSection() {
        as("admin").get("/api/v1/voices?section=mine").then().statusCode(400)
                .body("errors[0].field", equalTo("section"));
        as("admin").get("/api/v1/voices?assignee=me").then().statusCode(200);
    }

    @Test
    void transferringToAnotherPersonOfTheSameWardMovesTheQueue() {
        long id = chuoVoiceIn(VoiceState.TRIAGED, "担当者の移ちょう");
        step(id, "assign", "{\"wardCode\":\"" + CHUO + "\"}");
        step(id, "transfer", "{\"staffUsername\":\"chuo\"}");
        get("chuo", id).response().then().body("assignedStaff", equalTo("chuo"))
                .body("history[-1].fromAssignee", equalTo("ward:" + CHUO))
                .body("history[-1].toAssignee", equalTo("staff:chuo"));
        String etag = get("admin", id).header("ETag");
        Voices.act("admin", id, "transfer", "{\"staffUsername\":\"chuo\"}", etag).then().statusCode(400)
                .body("errors[0].field", equalTo("staffUsername")).body("errors[0].rule", equalTo("Different"));
    }

    @Test
    void theAssigneesAreWardAndSectionStaffWithDisplayNames() {
        List<Map<String, Object>> people = as("chuo").get("/api/v1/voices/assignees").then().statusCode(200)
                .body("username", hasItem("chuo-kessai")).body("username", hasItem("hq-kusei"))
                .body("username", not(hasItem("chuo-floor"))).body("username", not(hasItem("admin")))
                .body("displayName", everyItem(not(equalTo(null))))
                .extract().path("$");
        Map<String, Object> kusei = people.stream().filter(p -> "hq-kusei".equals(p.get("username"))).findFirst()
                .orElseThrow();
        assertEquals("市民 窓口子", kusei.get("displayName"));
        assertEquals("ward-administration", kusei.get("sectionCode"));
        assertTrue(people.stream().allMatch(p -> p.get("wardCode") != null || p.get("sectionCode") != null));
        for (String who : List.of("chuo-floor", "chuo-liaison", "partner")) {
            as(who).get("/api/v1/voices/assignees").then().statusCode(403);
        }
    }
}
