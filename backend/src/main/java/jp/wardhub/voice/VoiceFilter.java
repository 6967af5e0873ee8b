package jp.wardhub.voice;

import java.time.LocalDate;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.platform.search.SearchKind;

/**
 * The filters shared by the list, the statistics and the CSV export, and the one place that turns them, together with
 * what the caller may see ({@link VoicePolicy#readScope}), into the list's query over {@code Voice v}.
 */
public record VoiceFilter(String ward, VoiceState status, VoiceType type, VoiceChannel channel, String category,
        Boolean overdue, String q, LocalDate from, LocalDate to, String assignee, String section) {

    /** {@code assignee=me}: the voices assigned to the caller in person (自分の担当). */
    public static final String ME = "me";
    /** {@code section=mine}: the voices assigned to the caller's section, or for ward staff to their ward (自分の課). */
    public static final String MINE = "mine";

    public VoiceFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "AfterFrom", "from 以降の日付を指定してください (must not be before from)");
        }
    }

    /**
     * The voices of these filters that the caller may read ({@link VoicePolicy#readScope}), over {@code Voice v}; the
     * conditions stay in this order.
     */
    ListQuery query(Caller c, LocalDate today) {
        Queue team = team(c);
        String late = "(v.status in :awaiting and v.dueOn < :today)";
        return ListQuery.from("Voice v")
                .andOneOf(VoicePolicy.readScope(c), VoicePolicy.readScopeParts(c))
                .equal("v.wardCode", ward)
                .equal("v.status", status)
                .equal("v.type", type)
                .equal("v.channel", channel)
                // A page asks each voice, newest first, for its categories: as a semi-join ("member of") MariaDB would
                // drive the search from the category's links and sort every match before cutting a page. A count or a
                // statistic visits every match anyway, and asking each of 1,000,000 voices took 7 s where the semi-join
                // driven from the category's index takes 0.17 s.
                .andIfTwoWays(category != null && !category.isBlank(),
                        "(select count(c) from Voice w join w.categories c where w.id = v.id and c = :category) > 0",
                        "v.id in (select w.id from Voice w join w.categories c where c = :category)",
                        "category", category == null ? null : category.trim())
                .andIf(overdue != null, Boolean.TRUE.equals(overdue) ? late : "not " + late,
                        "awaiting", VoiceState.awaitingAnswer(), "today", today)
                .equal("v.assignedStaff", ME.equals(assignee) ? c.username() : blankToNull(assignee))
                .equal("v.assignedSectionCode", team.sectionCode())
                .equal("v.assignedWardCode", team.wardCode())
                .search(SearchKind.VOICE, "v", q)
                .atLeast("v.receivedOn", from)
                .atMost("v.receivedOn", to);
    }

    /** The same filters with {@code overdue} set: the analysis counts the overdue ones of what it shows. */
    VoiceFilter overdueOnly() {
        return new VoiceFilter(ward, status, type, channel, category, Boolean.TRUE, q, from, to, assignee, section);
    }

    /** The same filters over the days {@code from} to {@code to}. */
    VoiceFilter within(LocalDate from, LocalDate to) {
        return new VoiceFilter(ward, status, type, channel, category, overdue, q, from, to, assignee, section);
    }

    /** Whose queue {@code section} names: a section code, or (mine) the caller's section or, for ward roles, ward. */
    private record Queue(String sectionCode, String wardCode) {
    }

    private Queue team(Caller c) {
        String given = blankToNull(section);
        if (!MINE.equals(given)) {
            return new Queue(given, null);
        }
        if (c.is(Role.HQ) && c.sectionCode() != null) {
            return new Queue(c.sectionCode(), null);
        }
        if (VoicePolicy.isWardRole(c) && c.wardCode() != null) {
            return new Queue(null, c.wardCode());
        }
        throw ProblemException.invalid("section", "HasSection",
                "所属する課・区のないアカウントでは section=mine は使えません (section=mine needs an account of a section or a ward)");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
