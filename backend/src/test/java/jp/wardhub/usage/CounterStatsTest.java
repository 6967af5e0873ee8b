package jp.wardhub.usage;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.HandClock;
import jp.wardhub.testing.Seeded;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * Counter statistics over a small hand-made history with known answers: 中央区役所 on Tuesday 2028-06-13 (six
 * tickets: two served, a no-show, a cancel, a transfer and its served copy), a ticket 2028-06-14 left waiting (counted
 * as cancelled), 北区役所 on 2028-06-14, and a ticket called today (2028-06-20, 10:00 in Tokyo). Percentiles are
 * nearest-rank.
 */
@QuarkusTest
class CounterStatsTest {

    static final LocalDate TUESDAY = LocalDate.of(2028, 6, 13);
    static final LocalDate WEDNESDAY = LocalDate.of(2028, 6, 14);
    static final LocalDate TODAY = LocalDate.of(2028, 6, 20);
    private static boolean written;

    @Inject
    DataSource dataSource;

    @Inject
    CounterStatsService stats;

    static long chuo;
    static long kita;
    static long laneA;
    static long laneB;
    static long window1;
    static long window2;
    static long window3;

    @BeforeEach
    void history() throws Exception {
        QuarkusMock.installMockForType(new HandClock(TODAY.atTime(10, 0).atZone(BusinessTime.ZONE).toInstant(),
                BusinessTime.ZONE), Clock.class);
        if (written) {
            return;
        }
        chuo = Seeded.office("中央区役所");
        kita = Seeded.office("北区役所");
        try (Connection db = dataSource.getConnection()) {
            laneA = id(db, "SELECT id FROM queue_lane WHERE office_id = ? AND letter = 'A'", chuo);
            laneB = id(db, "SELECT id FROM queue_lane WHERE office_id = ? AND letter = 'B'", chuo);
            window1 = id(db, "SELECT id FROM counter_window WHERE office_id = ? AND number = 1", chuo);
            window2 = id(db, "SELECT id FROM counter_window WHERE office_id = ? AND number = 2", chuo);
            window3 = id(db, "SELECT id FROM counter_window WHERE office_id = ? AND number = 3", chuo);
            long kitaLane = id(db, "SELECT id FROM queue_lane WHERE office_id = ? AND letter = 'B'", kita);
            long kitaWindow = id(db, "SELECT id FROM counter_window WHERE office_id = ? AND number = 4", kita);
            long t1 = ticket(db, chuo, laneA, laneA, TUESDAY, 1, 0, "DONE", "09:00", "09:10", "09:11", "09:31", window1,
                    null);
            long t2 = ticket(db, chuo, laneA, laneA, TUESDAY, 2, 0, "DONE", "09:05", "09:25", "09:26", "09:36", window2,
                    null);
            ticket(db, chuo, laneA, laneA, TUESDAY, 3, 0, "NO_SHOW", "10:00", "10:05", null, "10:08", window1, null);
            ticket(db, chuo, laneA, laneA, TUESDAY, 4, 0, "CANCELLED", "10:30", null, null, "10:40", null, null);
            long t5 = ticket(db, chuo, laneA, laneA, TUESDAY, 5, 0, "TRANSFERRED", "11:00", "11:30", "11:31", "11:41",
                    window1, null);
            long t6 = ticket(db, chuo, laneB, laneA, TUESDAY, 5, 1, "DONE", "11:00", "11:50", "11:51", "12:21", window3,
                    t5);
            ticket(db, chuo, laneA, laneA, WEDNESDAY, 1, 0, "WAITING", "15:00", null, null, null, null, null);
            long t7 = ticket(db, kita, kitaLane, kitaLane, WEDNESDAY, 1, 0, "DONE", "14:00", "14:01", "14:02",
                    "14:05", kitaWindow, null);
            ticket(db, chuo, laneA, laneA, TODAY, 1, 0, "CALLED", "09:00", "09:20", null, null, window1, null);
            procedure(db, t1, "tennyu");
            procedure(db, t2, "tennyu");
            procedure(db, t2, "setai-henko");
            procedure(db, t6, "juminhyo-copy");
            procedure(db, t7, "juminhyo-copy");
        }
        stats.forgetPastDays();
        written = true;
    }

    private static JsonPath get(String who, String query) {
        return as(who).get("/api/v1/counter-stats?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static String range() {
        return "from=" + TUESDAY + "&to=" + TODAY;
    }

    @Test
    void totalsOfAnOfficeCountEachOutcomeAndExactPercentiles() {
        JsonPath s = get("admin", "office=" + chuo + "&" + range());
        assertThat(s.getString("from"), equalTo("2028-06-13"));
        assertThat(s.getString("to"), equalTo("2028-06-20"));
        assertThat(s.getString("groupBy"), equalTo("day"));
        Map<String, Object> total = s.getMap("total");
        assertThat(total.get("key"), equalTo("total"));
        assertThat(total.get("tickets"), equalTo(8));
        assertThat(total.get("served"), equalTo(3));
        assertThat(total.get("noShows"), equalTo(1));
        assertThat(total.get("cancelled"), equalTo(2)); // one cancelled, one left waiting on an earlier day
        assertThat(total.get("transferred"), equalTo(1));
        // waits 300, 600, 1200, 1200 (today's call), 1800, 3000 (the copy waits from the first arrival)
        assertThat(total.get("waitMedianSeconds"), equalTo(1200));
        assertThat(total.get("waitP90Seconds"), equalTo(3000));
        // services 600, 1200, 1800 (a transfer is not a service)
        assertThat(total.get("serviceMedianSeconds"), equalTo(1200));
        assertThat(total.get("serviceP90Seconds"), equalTo(1800));
        assertThat(total.get("utilisation"), nullValue());
    }

    @Test
    void byDayListsEveryDayOfTheRange() {
        JsonPath s = get("admin", "office=" + chuo + "&" + range() + "&groupBy=day");
        assertThat(s.getList("rows.key"), hasSize(8));
        assertThat(s.getString("rows[0].key"), equalTo("2028-06-13"));
        assertThat(s.getString("rows[0].labelJa"), equalTo("2028年6月13日(火)"));
        assertThat(s.getString("rows[0].labelEn"), equalTo("Tue 13 Jun 2028"));
        assertThat(s.getInt("rows[0].tickets"), is(6));
        assertThat(s.getInt("rows[0].waitMedianSeconds"), is(1200)); // 300, 600, 1200, 1800, 3000
        assertThat(s.getInt("rows[0].waitP90Seconds"), is(3000));
        assertThat(s.getInt("rows[1].tickets"), is(1));
        assertThat(s.getInt("rows[1].cancelled"), is(1));
        assertThat(s.get("rows[1].waitMedianSeconds"), nullValue());
        assertThat(s.getInt("rows[2].tickets"), is(0));
        assertThat(s.getString("rows[7].key"), equalTo("2028-06-20"));
        assertThat(s.getInt("rows[7].tickets"), is(1));
        assertThat(s.getInt("rows[7].waitMedianSeconds"), is(1200));
    }

    @Test
    void byHourAndWeekdayHourUseTheArrivalInTokyo() {
        JsonPath h = get("admin", "office=" + chuo + "&" + range() + "&groupBy=hour");
        assertThat(h.getList("rows.key"), contains("09", "10", "11", "15"));
        assertThat(h.getList("rows.tickets"), contains(3, 2, 2, 1));
        assertThat(h.getString("rows[0].labelJa"), equalTo("9時台"));
        JsonPath wh = get("admin", "office=" + chuo + "&" + range() + "&groupBy=weekday-hour");
        assertThat(wh.getList("rows.key"), contains("2-09", "2-10", "2-11", "3-15"));
        assertThat(wh.getList("rows.tickets"), contains(3, 2, 2, 1));
        assertThat(wh.getString("rows[0].labelJa"), equalTo("火 9時台"));
    }

    @Test
    void byMonthOfficeLaneAndProcedure() {
        JsonPath m = get("admin", "from=2028-05-30&to=" + TODAY + "&groupBy=month");
        assertThat(m.getList("rows.key"), contains("2028-05", "2028-06"));
        assertThat(m.getList("rows.tickets"), contains(0, 9));
        JsonPath lanes = get("admin", "office=" + chuo + "&" + range() + "&groupBy=lane");
        // every lane of the office, with tickets or not (other tests may have added lanes to this floor)
        assertThat(lanes.getList("rows.key"), hasSize(floorOf(chuo).getList("lanes").size()));
        assertThat(lanes.getString("rows[0].key"), equalTo(Long.toString(laneA)));
        assertThat(lanes.getString("rows[0].labelJa"), equalTo("中央区役所 A 住民異動"));
        assertThat(lanes.getInt("rows[0].tickets"), is(7));
        assertThat(lanes.getInt("rows[1].tickets"), is(1));
        assertThat(lanes.getInt("rows[1].serviceMedianSeconds"), is(1800));
        JsonPath p = get("admin", "office=" + chuo + "&" + range() + "&groupBy=procedure");
        assertThat(p.getList("rows.key"), contains("tennyu", "juminhyo-copy", "setai-henko"));
        assertThat(p.getList("rows.served"), contains(2, 1, 1));
        assertThat(p.getList("rows.tickets"), contains(2, 1, 1));
        assertThat(p.getInt("rows[0].serviceMedianSeconds"), is(600)); // 600, 1200: the lower middle
        assertThat(p.getInt("rows[0].serviceP90Seconds"), is(1200));
        assertThat(p.getInt("total.tickets"), is(8));
    }

    @Test
    void utilisationIsServiceTimeOverOpeningTime() {
        // one day, 08:30–17:15 = 31,500 s per window; 14 windows at a ward office, and those other tests added
        int windows = floorOf(chuo).getList("windows").size();
        JsonPath w = get("admin", "office=" + chuo + "&from=" + TUESDAY + "&to=" + TUESDAY + "&groupBy=window");
        assertThat(w.getList("rows.key"), hasSize(windows));
        assertThat(w.getString("rows[0].key"), equalTo(Long.toString(window1)));
        assertThat(w.getInt("rows[0].tickets"), is(3));
        assertThat(w.getDouble("rows[0].utilisation"), is(0.0381)); // 1200 / 31500
        assertThat(w.getDouble("rows[1].utilisation"), is(0.019)); // 600 / 31500
        assertThat(w.getDouble("rows[3].utilisation"), is(0.0));
        JsonPath o = get("admin", "office=" + chuo + "&from=" + TUESDAY + "&to=" + TUESDAY + "&groupBy=office");
        assertThat(o.getList("rows.key"), contains(Long.toString(chuo)));
        assertThat(o.getString("rows[0].labelJa"), equalTo("中央区役所"));
        double office = Math.round(3600.0 / (31500 * windows) * 10000) / 10000.0; // 0.0082 with the seeded 14
        assertThat(o.getDouble("rows[0].utilisation"), is(office));
        assertThat(o.getDouble("total.utilisation"), is(office));
        // today counts opening time until now: 08:30–10:00 = 5,400 s, and the called ticket has no service yet
        JsonPath today = get("admin", "office=" + chuo + "&from=" + TODAY + "&to=" + TODAY + "&groupBy=window");
        assertThat(today.getDouble("rows[0].utilisation"), is(0.0));
        JsonPath sunday = get("admin", "office=" + chuo + "&from=2028-06-18&to=2028-06-18&groupBy=office");
        assertThat(sunday.get("rows[0].utilisation"), nullValue());
    }

    @Test
    void filtersByWardLaneAndProcedure() {
        assertThat(get("admin", "ward=431052&" + range()).getInt("total.tickets"), is(1));
        assertThat(get("admin", "lane=" + laneB + "&" + range()).getInt("total.tickets"), is(1));
        JsonPath p = get("admin", "procedure=juminhyo-copy&" + range());
        assertThat(p.getInt("total.tickets"), is(2)); // 中央 and 北
        assertThat(p.getInt("total.served"), is(2));
        assertThat(get("admin", "office=" + chuo + "&ward=431052&" + range()).getInt("total.tickets"), is(0));
        // ward staff see their own ward when no ward is given
        assertThat(get("chuo", range()).getInt("total.tickets"), is(8));
        assertThat(get("kita", range()).getInt("total.tickets"), is(1));
        assertThat(get("hq", range()).getInt("total.tickets"), is(9));
    }

    @Test
    void theRangeDefaultsToTheTwentyEightDaysEndingToday() {
        JsonPath s = get("admin", "office=" + chuo);
        assertThat(s.getString("from"), equalTo("2028-05-24"));
        assertThat(s.getString("to"), equalTo("2028-06-20"));
        assertThat(s.getList("rows"), hasSize(28));
        assertThat(s.getInt("total.tickets"), is(8));
        assertThat(get("admin", "office=" + chuo + "&to=2028-06-13").getString("from"), equalTo("2028-05-17"));
        // not before the first day opening hours can be worked out for
        assertThat(get("admin", "office=" + chuo + "&to=2000-01-05&groupBy=office").getString("from"),
                equalTo("2000-01-01"));
    }

    @Test
    void aWriteTodayIsCountedAtOnce() throws Exception {
        long higashi = Seeded.office("東区役所");
        String query = "office=" + higashi + "&from=" + WEDNESDAY + "&to=" + TODAY;
        assertThat(get("admin", query).getInt("total.tickets"), is(0));
        try (Connection db = dataSource.getConnection()) {
            long lane = id(db, "SELECT id FROM queue_lane WHERE office_id = ? AND letter = 'A'", higashi);
            ticket(db, higashi, lane, lane, TODAY, 1, 0, "WAITING", "09:30", null, null, null, null, null);
        }
        JsonPath s = get("admin", query);
        assertThat(s.getInt("total.tickets"), is(1));
        assertThat(s.getInt("total.cancelled"), is(0)); // today's waiting ticket is still open
    }

    @Test
    void theCsvHasTheSameRowsThenTheTotal() {
        String csv = as("admin").get("/api/v1/counter-stats/export.csv?office=" + chuo + "&" + range()
                + "&groupBy=procedure").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", containsString("counter-stats.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0), startsWith("\uFEFF\"キー / Key\""));
        assertThat(lines.get(0), containsString("\"待ち時間中央値(秒) / Median wait (s)\""));
        assertThat(lines, hasSize(5));
        assertThat(lines.get(1), startsWith("\"tennyu\",\"転入届\""));
        assertThat(lines.get(1), containsString(",\"2\",\"2\",\"0\",\"0\",\"0\","));
        assertThat(lines.get(4), startsWith(
                "\"total\",\"合計\",\"Total\",\"8\",\"3\",\"1\",\"2\",\"1\",\"1200\",\"3000\",\"1200\",\"1800\",\"\""));
    }

    @Test
    @SendsInvalidRequests
    void badQueriesAreProblemsNamingTheField() {
        problem("groupBy=week", "groupBy");
        problem("from=2028-06-20&to=2028-06-13", "from");
        problem("from=2027-01-01&to=2028-02-05", "to");
        problem("from=2028-13-01", "from");
        problem("office=999999", "office");
        problem("office=abc", "office");
        problem("ward=999999", "ward");
        problem("lane=999999", "lane");
        problem("procedure=no-such-procedure", "procedure");
        as("admin").get("/api/v1/counter-stats/export.csv?groupBy=week").then().statusCode(400);
        // 400 days is the longest range
        as("admin").get("/api/v1/counter-stats?from=2027-05-17&to=2028-06-19").then().statusCode(200);
    }

    private static void problem(String query, String field) {
        as("admin").get("/api/v1/counter-stats?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    // ---- history by hand -----------------------------------------------------------------------------------------

    static long id(Connection db, String sql, long param) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static long ticket(Connection db, long office, long lane, long issuedLane, LocalDate day, int number, int hop,
            String state, String arrived, String called, String started, String ended, Long window,
            Long transferredFrom) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO ticket (office_id, lane_id, issued_lane_id,"
                + " business_date, number, hop, label, state, issued_via, issued_by, arrived_at, queued_at, called_at,"
                + " started_at, ended_at, window_id, call_count, transferred_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'STAFF', 'test', ?, ?, ?, ?, ?, ?, 1, ?)", new String[] { "id" })) {
            s.setLong(1, office);
            s.setLong(2, lane);
            s.setLong(3, issuedLane);
            s.setObject(4, day);
            s.setInt(5, number);
            s.setInt(6, hop);
            s.setString(7, "T-" + number);
            s.setString(8, state);
            s.setObject(9, utc(day, arrived));
            s.setObject(10, utc(day, arrived));
            s.setObject(11, utc(day, called), Types.TIMESTAMP);
            s.setObject(12, utc(day, started), Types.TIMESTAMP);
            s.setObject(13, utc(day, ended), Types.TIMESTAMP);
            s.setObject(14, window, Types.BIGINT);
            s.setObject(15, transferredFrom, Types.BIGINT);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void procedure(Connection db, long ticket, String code) throws Exception {
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO ticket_procedure (ticket_id, procedure_code) VALUES (?, ?)")) {
            s.setLong(1, ticket);
            s.setString(2, code);
            s.executeUpdate();
        }
    }

    static LocalDateTime utc(LocalDate day, String time) {
        return time == null ? null
                : day.atTime(LocalTime.parse(time)).atZone(BusinessTime.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime();
    }

    private static JsonPath floorOf(long office) {
        return as(null).get("/api/v1/offices/" + office + "/floor").then().statusCode(200).extract().jsonPath();
    }
}
