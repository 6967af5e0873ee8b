package jp.wardhub.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.community.AreaViews.AreaGroup;
import jp.wardhub.community.AreaViews.AreaSummary;
import jp.wardhub.community.AreaViews.AreaVoice;
import jp.wardhub.community.AreaViews.MyArea;
import jp.wardhub.community.AreaViews.MyAreasView;
import jp.wardhub.community.DialogueMeetingViews.MeetingSummary;
import jp.wardhub.community.ProjectViews.ProjectSummary;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.list.Condition;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.voice.Voice;
import jp.wardhub.voice.VoicePolicy;
import jp.wardhub.voice.VoiceState;

/**
 * 担当地域のホーム: for each area a liaison officer looks after today, its groups, projects, coming dialogue meetings and
 * newest residents' voices. Everything is read for all the areas at once, one query per kind, and then shared out:
 * an area holds what names one of its school districts (a centre's area: those of its districts, and what is based at
 * or held in its centre).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyAreasService {

    static final int RECENT_VOICES = 5;
    static final int MAX_PER_AREA = 50;
    static final int MAX_MEETINGS_PER_AREA = 10;

    @Inject
    CurrentCaller caller;

    @Inject
    AreaService areas;

    /** An area with what counts as its own: the school-district names (as written, and without 校区) and the facility. */
    private record Scope(CommunityArea area, Set<String> districts, Long officeId) {

        boolean holds(String ward, String district, Long office) {
            return area.wardCode.equals(ward)
                    && (district != null && districts.contains(district)
                            || officeId != null && officeId.equals(office));
        }
    }

    public MyAreasView mine() {
        Caller c = caller.get();
        if (!AreaPolicy.canReadMine(c)) {
            throw ProblemException.forbidden("担当地域を見られるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        LocalDate today = areas.today();
        List<AreaAssignment> mine = AreaAssignment.list(
                "username = ?1 and firstDay <= ?2 and (lastDay is null or lastDay >= ?2)", Sort.by("firstDay"),
                c.username(), today);
        Map<Long, LocalDate> since = new HashMap<>();
        mine.forEach(p -> since.merge(p.areaId, p.firstDay, (x, y) -> x.isBefore(y) ? x : y));
        List<CommunityArea> found = since.isEmpty() ? List.of()
                : ListQuery.from("CommunityArea a").and(AreaPolicy.readScope(c))
                        .and("a.id in :ids", "ids", since.keySet())
                        .rows(CommunityArea.class, "a.wardCode, a.kind, a.nameKana, a.id",
                                new PageRequest(0, PageRequest.MAX_SIZE));
        if (found.isEmpty()) {
            return new MyAreasView(today, List.of());
        }
        List<Scope> scopes = scopes(found);
        Set<String> wards = found.stream().map(a -> a.wardCode).collect(Collectors.toSet());
        Set<String> districts = scopes.stream().flatMap(s -> s.districts().stream()).collect(Collectors.toSet());
        Set<Long> offices = scopes.stream().map(Scope::officeId).filter(Objects::nonNull).collect(Collectors.toSet());

        List<CommunityGroup> groups = districts.isEmpty() ? List.of()
                : ListQuery.from("CommunityGroup g").and(CommunityGroupPolicy.readScope(c))
                        .and("g.wardCode in :wards and g.schoolDistrict in :districts", "wards", wards, "districts",
                                districts)
                        .rows(CommunityGroup.class, "g.nameKana, g.id", new PageRequest(0, 500));
        List<CommunityProject> projects = ListQuery.from("CommunityProject p").and(ProjectPolicy.readScope(c))
                .and("p.wardCode in :wards", "wards", wards)
                .and(placeCondition("p.schoolDistrict", districts, "p.baseOfficeId", offices))
                .rows(CommunityProject.class, "p.id desc", new PageRequest(0, 500));
        List<DialogueMeeting> meetings = ListQuery.from("DialogueMeeting m").and(DialogueMeetingPolicy.readScope(c))
                .and("m.wardCode in :wards and m.heldOn >= :today", "wards", wards, "today", today)
                .and(placeCondition("m.schoolDistrict", districts, "m.officeId", offices))
                .rows(DialogueMeeting.class, "m.heldOn, m.id", new PageRequest(0, 500));
        Map<Long, Long> opinions = opinionCounts(meetings);
        List<Voice> voices = recentVoices(c, wards, districts);
        Map<String, Long> open = openVoices(c, wards, districts);

        List<AreaSummary> summaries = areas.summaries(found, today);
        Map<Long, ProjectSummary> projectSummaries = ProjectService.summaries(projects).stream()
                .collect(Collectors.toMap(ProjectSummary::id, s -> s));
        List<MyArea> result = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            Scope s = scopes.get(i);
            result.add(new MyArea(summaries.get(i), since.get(s.area().id), List.copyOf(s.districts()).stream()
                    .filter(d -> d.endsWith("校区")).sorted().toList(),
                    take(groups, g -> s.holds(g.wardCode, g.schoolDistrict, null), MAX_PER_AREA).stream()
                            .map(g -> new AreaGroup(g.id, g.type, g.name, g.schoolDistrict)).toList(),
                    take(projects, p -> s.holds(p.wardCode, p.schoolDistrict, p.baseOfficeId), MAX_PER_AREA).stream()
                            .map(p -> projectSummaries.get(p.id)).toList(),
                    take(meetings, m -> s.holds(m.wardCode, m.schoolDistrict, m.officeId), MAX_MEETINGS_PER_AREA)
                            .stream()
                            .map(m -> new MeetingSummary(m.id, m.wardCode, m.title, m.heldOn, m.place,
                                    m.schoolDistrict, m.participants, opinions.getOrDefault(m.id, 0L)))
                            .toList(),
                    take(voices, v -> s.holds(v.wardCode, v.schoolDistrict, null), RECENT_VOICES).stream()
                            .map(MyAreasService::voice).toList(),
                    s.districts().stream().mapToLong(d -> open.getOrDefault(s.area().wardCode + "|" + d, 0L)).sum()));
        }
        return new MyAreasView(today, result);
    }

    /** Each area's school districts: its own name, or a centre's districts; both as written and without 校区. */
    private static List<Scope> scopes(List<CommunityArea> found) {
        List<Long> centres = found.stream().filter(a -> a.kind == AreaKind.COMMUNITY_CENTER).map(a -> a.id).toList();
        Map<Long, List<String>> districtsOf = centres.isEmpty() ? Map.of()
                : CommunityArea.<CommunityArea>list("centreId in ?1", centres).stream()
                        .collect(Collectors.groupingBy(a -> a.centreId,
                                Collectors.mapping(a -> a.name, Collectors.toList())));
        return found.stream().map(a -> {
            Collection<String> names = a.kind == AreaKind.SCHOOL_DISTRICT ? List.of(a.name)
                    : districtsOf.getOrDefault(a.id, List.of());
            Set<String> spellings = new LinkedHashSet<>();
            for (String name : names) {
                spellings.add(name);
                if (name.endsWith("校区") && name.length() > 2) {
                    spellings.add(name.substring(0, name.length() - 2)); // residents often write 慶徳 for 慶徳校区
                }
            }
            return new Scope(a, spellings, a.officeId);
        }).toList();
    }

    /** "Names one of the districts, or is at one of the facilities"; nothing when there are neither. */
    private static Condition placeCondition(String districtPath, Set<String> districts,
            String officePath, Set<Long> offices) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!districts.isEmpty()) {
            parts.add(districtPath + " in :districts");
            params.add("districts");
            params.add(districts);
        }
        if (!offices.isEmpty()) {
            parts.add(officePath + " in :offices");
            params.add("offices");
            params.add(offices);
        }
        if (parts.isEmpty()) {
            return Condition.NONE;
        }
        return Condition.of("(" + String.join(" or ", parts) + ")", params.toArray());
    }

    private static <T> List<T> take(List<T> all, Predicate<T> belongs, int max) {
        return all.stream().filter(belongs).limit(max).toList();
    }

    private static Map<Long, Long> opinionCounts(List<DialogueMeeting> meetings) {
        if (meetings.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        Panache.getEntityManager()
                .createQuery("select v.dialogueMeetingId, count(v) from Voice v where v.dialogueMeetingId in :ids"
                        + " group by v.dialogueMeetingId", Object[].class)
                .setParameter("ids", meetings.stream().map(m -> m.id).toList()).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * The newest {@value #RECENT_VOICES} voices of each district, newest first: ranked per district in the database
     * (a window function), so a district with years of voices costs no more than one with five.
     */
    @SuppressWarnings("unchecked")
    private static List<Voice> recentVoices(Caller c, Set<String> wards, Set<String> districts) {
        if (districts.isEmpty()) {
            return List.of();
        }
        List<Number> ids = Panache.getEntityManager().createNativeQuery("""
                SELECT id FROM (
                    SELECT v.id, ROW_NUMBER() OVER (PARTITION BY v.ward_code, v.school_district
                                                    ORDER BY v.received_on DESC, v.id DESC) AS n
                    FROM voice v WHERE v.ward_code IN (:wards) AND v.school_district IN (:districts)
                ) ranked WHERE n <= :max""")
                .setParameter("wards", wards).setParameter("districts", districts)
                .setParameter("max", RECENT_VOICES).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return ListQuery.from("Voice v").and(VoicePolicy.readScope(c))
                .and("v.id in :ids", "ids", ids.stream().map(Number::longValue).toList())
                .rows(Voice.class, "v.receivedOn desc, v.id desc", new PageRequest(0, PageRequest.MAX_SIZE));
    }

    /** Voices awaiting an answer, per {@code ward|district}. */
    private static Map<String, Long> openVoices(Caller c, Set<String> wards, Set<String> districts) {
        if (districts.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> counts = new HashMap<>();
        ListQuery.from("Voice v").and(VoicePolicy.readScope(c))
                .and("v.wardCode in :wards and v.schoolDistrict in :districts and v.status in :open", "wards", wards,
                        "districts", districts, "open", VoiceState.awaitingAnswer())
                .countBy("v.wardCode, v.schoolDistrict")
                .forEach(row -> counts.put(row[0] + "|" + row[1], ((Number) row[2]).longValue()));
        return counts;
    }

    private static AreaVoice voice(Voice v) {
        String text = v.text.strip();
        return new AreaVoice(v.id, v.reference, v.receivedOn, v.type, v.status, v.schoolDistrict,
                text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }
}
