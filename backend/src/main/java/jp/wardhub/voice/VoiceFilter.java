package jp.wardhub.voice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.SearchText;

/**
 * The filters shared by the list, the statistics and the CSV export, and the one place that turns them, together with
 * what the caller may see ({@link VoicePolicy#canRead}), into an HQL condition over {@code Voice v}.
 */
public record VoiceFilter(String ward, VoiceState status, VoiceType type, VoiceChannel channel, String category,
        Boolean overdue, String q, LocalDate from, LocalDate to) {

    public VoiceFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "AfterFrom", "from 以降の日付を指定してください (must not be before from)");
        }
    }

    /** An HQL condition and its parameters. */
    public record Where(String hql, Map<String, Object> params) {
    }

    Where where(Caller c, LocalDate today) {
        List<String> and = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (VoicePolicy.isWardRole(c)) {
            // Written as IN rather than OR: an OR of the two indexed columns invites an index merge that must sort
            // every voice of the ward before a page is cut; this form lets the newest-first index be read in order.
            and.add(":myWard in (v.wardCode, v.assignedWardCode)");
            params.put("myWard", c.wardCode());
        } else if (c.is(Role.PARTNER)) {
            and.add("v.createdBy = :me");
            params.put("me", c.username());
        } else if (!c.is(Role.ADMIN) && !c.is(Role.HQ)) {
            and.add("1 = 0");
        }
        if (ward != null && !ward.isBlank()) {
            and.add("v.wardCode = :ward");
            params.put("ward", ward.trim());
        }
        if (status != null) {
            and.add("v.status = :status");
            params.put("status", status);
        }
        if (type != null) {
            and.add("v.type = :type");
            params.put("type", type);
        }
        if (channel != null) {
            and.add("v.channel = :channel");
            params.put("channel", channel);
        }
        if (category != null && !category.isBlank()) {
            // A count per voice rather than "member of": MariaDB turns the latter into a semi-join driven from the
            // category's links, sorting every match before a page is cut; this keeps the newest-first index in order.
            and.add("(select count(c) from Voice w join w.categories c where w.id = v.id and c = :category) > 0");
            params.put("category", category.trim());
        }
        if (overdue != null) {
            String late = "(v.status in :awaiting and v.dueOn < :today)";
            and.add(overdue ? late : "not " + late);
            params.put("awaiting", VoiceState.awaitingAnswer());
            params.put("today", today);
        }
        if (q != null && !SearchText.normalize(q).isEmpty()) {
            and.add("v.searchText like :q escape '!'");
            params.put("q", SearchText.likePattern(q));
        }
        if (from != null) {
            and.add("v.receivedOn >= :from");
            params.put("from", from);
        }
        if (to != null) {
            and.add("v.receivedOn <= :to");
            params.put("to", to);
        }
        return new Where(and.isEmpty() ? "1 = 1" : String.join(" and ", and), params);
    }
}
