package jp.wardhub.usage;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.testing.Seeded;

/**
 * The demo history has the shape of a real floor: two weeks at 西区役所 (2029-06-04 is a Monday; June has no
 * public holiday), written once.
 */
@QuarkusTest
class FloorHistoryTest {

    private static final LocalDate FIRST = LocalDate.of(2029, 6, 4);
    private static final LocalDate LAST = LocalDate.of(2029, 6, 17);

    @Inject
    FloorHistory history;

    @Inject
    DataSource dataSource;

    @Test
    void twoWeeksLookLikeAWardOffice() throws Exception {
        long office = Seeded.office("西区役所");
        FloorHistory.Result first = history.generate(FIRST, LAST, List.of(office));
        assertThat(first.officeDays(), is(10));
        assertThat(first.tickets(), both(greaterThan(2_000L)).and(lessThan(6_000L)));
        // idempotent: a second run leaves the office alone
        assertThat(history.generate(FIRST, LAST, List.of(office)).tickets(), is(0L));

        Map<LocalDate, Integer> perDay = new HashMap<>();
        Map<String, List<Integer>> numbers = new HashMap<>();
        int noShows = 0;
        int transfers = 0;
        int servedWithoutProcedure = 0;
        int total = 0;
        try (Connection db = dataSource.getConnection();
                PreparedStatement s = db.prepareStatement("SELECT t.business_date, t.issued_lane_id, t.number, t.hop,"
                        + " t.state, (SELECT COUNT(*) FROM ticket_procedure p WHERE p.ticket_id = t.id)"
                        + " FROM ticket t WHERE t.office_id = ? AND t.business_date BETWEEN ? AND ?"
                        + " ORDER BY t.business_date, t.issued_lane_id, t.number")) {
            s.setLong(1, office);
            s.setObject(2, FIRST);
            s.setObject(3, LAST);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    String state = rs.getString(5);
                    total++;
                    perDay.merge(day, 1, Integer::sum);
                    if (rs.getInt(4) == 0) {
                        numbers.computeIfAbsent(day + "/" + rs.getLong(2), k -> new ArrayList<>()).add(rs.getInt(3));
                    }
                    noShows += state.equals("NO_SHOW") ? 1 : 0;
                    transfers += state.equals("TRANSFERRED") ? 1 : 0;
                    servedWithoutProcedure += state.equals("DONE") && rs.getInt(6) == 0 ? 1 : 0;
                }
            }
        }
        assertThat(total, is((int) first.tickets()));
        List<LocalDate> weekend = perDay.keySet().stream()
                .filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY).toList();
        assertThat(weekend, empty());
        assertThat(perDay.size(), is(10));
        assertThat(average(perDay, DayOfWeek.MONDAY), greaterThan(average(perDay, DayOfWeek.WEDNESDAY)));
        numbers.forEach((laneDay, n) -> {
            for (int i = 0; i < n.size(); i++) {
                assertThat(laneDay + " numbered without gaps", n.get(i), equalTo(i + 1));
            }
        });
        assertThat(noShows * 100.0 / total, both(greaterThan(1.0)).and(lessThan(6.0)));
        assertThat(transfers, greaterThan(0));
        assertThat(servedWithoutProcedure, is(0));
    }

    private static double average(Map<LocalDate, Integer> perDay, DayOfWeek weekday) {
        return perDay.entrySet().stream().filter(e -> e.getKey().getDayOfWeek() == weekday)
                .mapToInt(Map.Entry::getValue).average().orElse(0);
    }
}
