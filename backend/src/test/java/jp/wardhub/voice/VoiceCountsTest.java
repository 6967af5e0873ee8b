package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.voice.Voices.CHUO;
import static jp.wardhub.voice.Voices.KITA;
import static jp.wardhub.voice.Voices.body;
import static jp.wardhub.voice.Voices.create;
import static jp.wardhub.voice.Voices.get;
import static jp.wardhub.voice.Voices.id;
import static jp.wardhub.voice.Voices.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.testing.KeptCounts;
import jp.wardhub.testing.Parallel;
import jp.wardhub.voice.VoiceCounts.Grouping;

/**
 * The voices' counts (集計表) are the voices counted: after every kind of step a voice takes, the rows kept equal a
 * count of every voice in the database (so a step of any other test that left them behind shows here too), and the
 * statistics read from them equal the statistics counted from the voices, for every caller, filter and period.
 */
@QuarkusTest
class VoiceCountsTest {

    private static final String COUNTED = """
            select concat_ws('|', received_month, ward_code, assigned_ward_code, channel, type, status, voices) from (
              select year(received_on) * 100 + month(received_on) received_month, coalesce(ward_code, '') ward_code,
                     coalesce(assigned_ward_code, '') assigned_ward_code, channel, type, status, count(*) voices
              from voice group by 1, 2, 3, 4, 5, 6) counted""";
    private static final String KEPT = """
            select concat_ws('|', received_month, ward_code, assigned_ward_code, channel, type, status, voices)
            from voice_count where voices <> 0""";
    private static final String CATEGORIES_COUNTED = """
            select concat_ws('|', category_code, received_month, ward_code, assigned_ward_code, voices) from (
              select l.category_code, year(v.received_on) * 100 + month(v.received_on) received_month,
                     coalesce(v.ward_code, '') ward_code, coalesce(v.assigned_ward_code, '') assigned_ward_code,
                     count(*) voices
              from voice v join voice_category_link l on l.voice_id = v.id group by 1, 2, 3, 4) counted""";
    private static final String CATEGORIES_KEPT = """
            select concat_ws('|', category_code, received_month, ward_code, assigned_ward_code, voices)
            from voice_category_count where voices <> 0""";

    private static final List<Caller> CALLERS = List.of(
            new Caller("admin", Role.ADMIN, null, null, null, Set.of()),
            new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of()),
            new Caller("chuo", Role.WARD, CHUO, null, null, Set.of()),
            new Caller("kita", Role.WARD, KITA, null, null, Set.of()),
            new Caller("partner", Role.PARTNER, null, null, null, Set.of("open311")));

    @Inject
    VoiceCounts counts;

    @Test
    void theRowsFollowEveryStepAVoiceTakes() {
        LocalDate lastYear = BusinessTime.today().minusYears(1).withDayOfMonth(15);
        long moved = id(create("admin", body(CHUO, "集計の確認 区を移る声")));
        long cityWide = id(create("admin", body(null, "集計の確認 区の指定のない声", lastYear)));
        long partners = id(create("partner", body(KITA, "集計の確認 協力団体からの声")));
        assertKept();

        // triage into another ward with other categories, assign to a ward, transfer to a section, answer, close
        step(moved, "triage", "{\"wardCode\":\"" + KITA + "\",\"categories\":[\"parks\"]}");
        step(moved, "assign", Voices.TO_CHUO);
        step(moved, "transfer", Voices.TO_SECTION);
        step(moved, "answer", Voices.ANSWER);
        step(moved, "close", Voices.CLOSE);
        step(cityWide, "triage", "{\"categories\":[\"roads\",\"waste\"]}");
        assertKept();

        // in bulk: a change of categories alone, then an assignment
        bulk("CATEGORIZE", "\"categories\":[\"waste\",\"welfare\"]", cityWide, partners);
        bulk("TRIAGE", "", partners);
        bulk("ASSIGN", "\"wardCode\":\"" + CHUO + "\"", cityWide, partners);
        assertKept();
    }

    @Test
    void voicesTakenInAndMovedOnAtOnceAreEachCountedOnce() throws Exception {
        // one row for all of them (same month, ward, channel, type, status): the writes meet on it
        List<Response> taken = Parallel.run(8, i -> as("admin").contentType(ContentType.JSON)
                .body(body(CHUO, "集計の確認 同時に受け付けた声 " + i)).post("/api/v1/voices"));
        List<Long> ids = new ArrayList<>();
        for (Response r : taken) {
            assertEquals(201, r.statusCode(), r.asString());
            ids.add(((Number) r.path("id")).longValue());
        }
        List<Response> triaged = Parallel.run(ids.size(), i -> as("admin").contentType(ContentType.JSON)
                .header("If-Match", get("admin", ids.get(i)).header("ETag")).body("{\"categories\":[\"parks\"]}")
                .post("/api/v1/voices/" + ids.get(i) + "/triage"));
        for (Response r : triaged) {
            assertEquals(200, r.statusCode(), r.asString());
        }
        assertKept();
    }

    @Test
    void statisticsFromTheRowsAreTheVoicesCounted() {
        LocalDate today = BusinessTime.today();
        LocalDate start = today.minusYears(2).withDayOfMonth(17);
        LocalDate end = today.minusMonths(3).withDayOfMonth(9);
        // on either side of a period's first and last day: a month the period cuts must be counted by the day
        for (LocalDate day : List.of(start.withDayOfMonth(3), start, start.withDayOfMonth(20), end.withDayOfMonth(5),
                end, end.withDayOfMonth(25), today.withDayOfMonth(1), today)) {
            create("admin", body(CHUO, "集計の確認 " + day + " の声", day));
        }
        LocalDate[][] periods = {
            { null, null },
            { today.withDayOfMonth(1), null },
            { null, today },
            { today.minusYears(2).withDayOfMonth(17), today.minusMonths(3).withDayOfMonth(9) },
            { today.minusYears(1).withDayOfMonth(1), today.minusMonths(1).withDayOfMonth(1).minusDays(1) },
            { today.withDayOfMonth(1), today.withDayOfMonth(1) },
            { today.minusMonths(1).withDayOfMonth(20), today.withDayOfMonth(10) } };
        List<VoiceFilter> filters = new ArrayList<>();
        for (LocalDate[] period : periods) {
            filters.add(filter(null, null, null, period));
            filters.add(filter(CHUO, null, null, period));
            filters.add(filter(null, VoiceState.CLOSED, null, period));
            filters.add(filter(null, null, "roads", period));
            filters.add(filter(CHUO, null, "roads", period));
        }
        filters.add(new VoiceFilter(KITA, VoiceState.RECEIVED, VoiceType.REQUEST, VoiceChannel.COUNTER, "safety",
                null, null, null, null, null, null));
        filters.add(new VoiceFilter(null, null, null, null, null, true, null, null, null, null, null));
        filters.add(new VoiceFilter(null, null, null, null, null, null, "集計の確認", null, null, null, null));

        QuarkusTransaction.requiringNew().run(() -> {
            int compared = 0;
            for (Caller c : CALLERS) {
                for (VoiceFilter f : filters) {
                    ListQuery query = f.query(c, BusinessTime.today());
                    for (Grouping g : Grouping.values()) {
                        List<String> fromVoices = g == Grouping.TOTAL ? List.of(Long.toString(query.count()))
                                : KeptCounts.lines(query.countBy(g.join, g.keys));
                        assertEquals(fromVoices, KeptCounts.lines(counts.countBy(g, c, f, query)),
                                c.username() + " " + g + " " + f);
                        compared++;
                    }
                }
            }
            assertFalse(compared == 0);
        });
    }

    private static VoiceFilter filter(String ward, VoiceState status, String category, LocalDate[] period) {
        return new VoiceFilter(ward, status, null, null, category, null, null, period[0], period[1], null, null);
    }

    private static void bulk(String action, String extra, long... ids) {
        List<String> items = new ArrayList<>();
        for (long id : ids) {
            items.add("{\"id\":" + id + ",\"version\":" + get("admin", id).path("version") + "}");
        }
        as("admin").contentType(ContentType.JSON).body("{\"action\":\"" + action + "\",\"items\":["
                + String.join(",", items) + "]" + (extra.isEmpty() ? "" : "," + extra) + "}")
                .post("/api/v1/voices/bulk").then().statusCode(200);
    }

    private static void assertKept() {
        KeptCounts.assertKept("voice_count", COUNTED, KEPT, "voice_category_count", CATEGORIES_COUNTED,
                CATEGORIES_KEPT);
    }
}
