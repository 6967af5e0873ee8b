package jp.wardhub.voice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.hibernate.orm.panache.Panache;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.organization.OrganizationViews.WardView;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.Caches;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.list.Condition;
import jp.wardhub.platform.list.ListQuery;
import jp.wardhub.voice.VoiceCounts.Grouping;
import jp.wardhub.voice.VoiceViews.AnalysisView;
import jp.wardhub.voice.VoiceViews.CategoryMonths;
import jp.wardhub.voice.VoiceViews.StatsBucket;
import jp.wardhub.voice.VoiceViews.StatsView;

/**
 * Regular analysis (Kyoto): counts by category, ward, channel, type or month, and the CSV export. Staff only.
 * Statistics and the list's totals are remembered ({@code voices.*} caches) until the next voice write commits on any
 * instance ({@link VoiceService#onChanged}): at 250,000 voices a count reads up to every row, while voices arrive a few
 * an hour.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoiceReportService {

    public static final int EXPORT_MAX_ROWS = 50_000;

    /** What the statistics can be grouped by. */
    public enum GroupBy {
        category, ward, channel, type, month
    }

    private static final Map<VoiceState, String> STATUS_JA = Map.of(VoiceState.RECEIVED, "受付", VoiceState.TRIAGED,
            "振り分け済み",
            VoiceState.ASSIGNED, "担当割当て済み", VoiceState.ANSWERED, "回答済み", VoiceState.CLOSED, "完了");
    private static final Map<Publication, String> PUBLICATION_JA = Map.of(Publication.UNDECIDED, "未判断",
            Publication.PUBLISHED, "公表", Publication.NOT_PUBLISHED, "非公表");

    @Inject
    CurrentCaller caller;

    private record StatsKey(GroupBy groupBy, VoiceFilter filter, Condition where) {
    }

    /** The overdue part's condition names today, so the key changes with the date. */
    private record AnalysisKey(VoiceFilter filter, Condition where, Condition overdueWhere) {
    }

    @CacheName("voices.stats")
    Cache stats;

    @CacheName("voices.totals")
    Cache totals;

    @CacheName("voices.analyses")
    Cache analyses;

    @Inject
    VoiceCounts counts;

    /** How many voices of {@code query}, made of {@code filter} for {@code c}, there are (its condition holds the scope). */
    long total(Caller c, VoiceFilter filter, ListQuery query) {
        return Caches.get(totals, query.condition(), condition -> counts.total(c, filter, query));
    }

    @Inject
    OrganizationService organization;

    @Inject
    VoiceCategories categories;

    public StatsView stats(GroupBy groupBy, VoiceFilter filter) {
        Caller c = requireStaff();
        ListQuery query = filter.query(c, BusinessTime.today());
        return Caches.get(stats, new StatsKey(groupBy, filter, query.condition()),
                key -> compute(c, groupBy, filter, query));
    }

    /**
     * Every figure the analysis page (区民の声の分析) draws, in one answer: the total, each category's voices per month,
     * the voices by ward and by channel, and the overdue ones by ward. The same numbers as {@link #stats} gives one
     * grouping at a time; remembered the same way.
     */
    public AnalysisView analysis(VoiceFilter filter) {
        Caller c = requireStaff();
        LocalDate today = BusinessTime.today();
        ListQuery query = filter.query(c, today);
        VoiceFilter overdue = filter.overdueOnly();
        ListQuery overdueQuery = overdue.query(c, today);
        return Caches.get(analyses, new AnalysisKey(filter, query.condition(), overdueQuery.condition()), key -> {
            StatsView late = compute(c, GroupBy.ward, overdue, overdueQuery);
            Map<String, Map<String, Long>> perCategory = new HashMap<>();
            for (Object[] row : counts.countBy(Grouping.CATEGORY_MONTH, c, filter, query)) {
                String month = YearMonth.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue()).toString();
                perCategory.computeIfAbsent((String) row[0], k -> new HashMap<>()).put(month,
                        ((Number) row[3]).longValue());
            }
            Map<String, Long> found = new HashMap<>();
            perCategory.values().forEach(counts -> counts.keySet().forEach(m -> found.put(m, 0L)));
            List<String> months = withEmptyMonths(found, filter).keySet().stream().sorted().toList();
            List<CategoryMonths> byCategoryMonth = new ArrayList<>();
            for (VoiceViews.CategoryView category : categories.views()) {
                Map<String, Long> counts = perCategory.getOrDefault(category.code(), Map.of());
                List<Long> row = months.stream().map(m -> counts.getOrDefault(m, 0L)).toList();
                byCategoryMonth.add(new CategoryMonths(category.code(), category.nameJa(), category.nameEn(), row,
                        row.stream().mapToLong(Long::longValue).sum()));
            }
            return new AnalysisView(filter.from(), filter.to(), total(c, filter, query), months, byCategoryMonth,
                    buckets(c, GroupBy.ward, filter, query), buckets(c, GroupBy.channel, filter, query), late.total(),
                    late.buckets());
        });
    }

    private StatsView compute(Caller c, GroupBy groupBy, VoiceFilter filter, ListQuery query) {
        return new StatsView(groupBy.name(), filter.from(), filter.to(), total(c, filter, query),
                buckets(c, groupBy, filter, query));
    }

    private List<StatsBucket> buckets(Caller c, GroupBy groupBy, VoiceFilter filter, ListQuery query) {
        return switch (groupBy) {
            case category -> {
                Function<String, VoiceViews.CategoryView> category = categories.viewer();
                yield VoiceReportService
                        .<String>counts(counts.countBy(Grouping.CATEGORY, c, filter, query))
                        .entrySet().stream().map(e -> {
                            VoiceViews.CategoryView view = category.apply(e.getKey());
                            return new StatsBucket(e.getKey(), view.nameJa(), view.nameEn(), e.getValue());
                        }).sorted(byCountThenKey()).toList();
            }
            case ward -> {
                Map<String, WardView> wards = organization.wards().stream()
                        .collect(Collectors.toMap(WardView::code, w -> w));
                yield VoiceReportService
                        .<String>counts(counts.countBy(Grouping.WARD, c, filter, query))
                        .entrySet().stream().map(e -> {
                            WardView w = e.getKey() == null ? null : wards.get(e.getKey());
                            return w == null ? new StatsBucket("none", "区の指定なし", "No ward", e.getValue())
                                    : new StatsBucket(w.code(), w.nameJa(), w.nameEn(), e.getValue());
                        }).sorted(byCountThenKey()).toList();
            }
            case channel -> enumBuckets(VoiceChannel.class, counts.countBy(Grouping.CHANNEL, c, filter, query),
                    ch -> ch.ja, ch -> ch.en);
            case type -> enumBuckets(VoiceType.class, counts.countBy(Grouping.TYPE, c, filter, query), t -> t.ja,
                    t -> t.en);
            case month -> months(counts.countBy(Grouping.MONTH, c, filter, query), filter);
        };
    }

    /** The filtered voices as CSV (UTF-8 with BOM), newest first, without any personal data. */
    public String exportCsv(VoiceFilter filter) {
        Caller c = requireStaff();
        LocalDate today = BusinessTime.today();
        ListQuery voices = filter.query(c, today);
        long count = voices.count();
        if (count > EXPORT_MAX_ROWS) {
            throw ProblemException.exportTooLarge(count, EXPORT_MAX_ROWS, "期間", "from/to");
        }
        Map<String, String> wards = organization.wards().stream()
                .collect(Collectors.toMap(WardView::code, WardView::nameJa));
        Csv csv = new Csv().row(List.of("受付番号", "受付日", "回答期限", "期限超過", "状態", "種別", "受付方法", "分類", "区", "校区", "場所",
                "内容", "担当区", "担当課", "回答日時", "公表", "公表文", "非公表の理由"));
        Function<String, VoiceViews.CategoryView> category = categories.viewer();
        TypedQuery<Voice> query = voices.query("v", "order by v.receivedOn desc, v.id desc", Voice.class);
        int chunk = 1000;
        for (int first = 0; first < count; first += chunk) {
            List<Voice> rows = query.setFirstResult(first).setMaxResults(chunk).getResultList();
            for (Voice v : rows) {
                csv.row(java.util.Arrays.asList(v.reference, v.receivedOn, v.dueOn,
                        VoiceService.overdue(v, today) ? "超過" : "",
                        STATUS_JA.get(v.status), v.type.ja, v.channel.ja,
                        v.categories.stream()
                                .map(code -> category.apply(code).nameJa())
                                .collect(Collectors.joining("・")),
                        v.wardCode == null ? "" : wards.get(v.wardCode), v.schoolDistrict, v.location, v.text,
                        v.assignedWardCode == null ? "" : wards.get(v.assignedWardCode), v.assignedSectionCode,
                        v.answeredAt,
                        PUBLICATION_JA.get(v.publication), v.publishedText, v.notPublishedReason));
            }
            Panache.getEntityManager().clear(); // a large export must not keep every row in the session
            if (rows.size() < chunk) {
                break;
            }
        }
        return csv.toString();
    }

    private List<StatsBucket> months(List<Object[]> rows, VoiceFilter filter) {
        Map<String, Long> found = new HashMap<>();
        for (Object[] row : rows) {
            found.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()).toString(),
                    ((Number) row[2]).longValue());
        }
        return withEmptyMonths(found, filter).entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            YearMonth m = YearMonth.parse(e.getKey());
            return new StatsBucket(e.getKey(), m.getYear() + "年" + m.getMonthValue() + "月", e.getKey(), e.getValue());
        }).toList();
    }

    /** With both ends of the period given, months without voices are added as 0 so a chart has no gaps. */
    private static Map<String, Long> withEmptyMonths(Map<String, Long> found, VoiceFilter filter) {
        if (filter.from() != null && filter.to() != null
                && YearMonth.from(filter.from()).plusMonths(240).isAfter(YearMonth.from(filter.to()))) {
            for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m
                    .plusMonths(1)) {
                found.putIfAbsent(m.toString(), 0L);
            }
        }
        return found;
    }

    private <E extends Enum<E>> List<StatsBucket> enumBuckets(Class<E> type, List<Object[]> rows,
            Function<E, String> ja, Function<E, String> en) {
        Map<Object, Long> counts = counts(rows);
        List<StatsBucket> buckets = new ArrayList<>();
        counts.forEach((key, count) -> {
            E value = type.cast(key);
            buckets.add(new StatsBucket(value.name(), ja.apply(value), en.apply(value), count));
        });
        buckets.sort(byCountThenKey());
        return buckets;
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Long> counts(List<Object[]> rows) {
        Map<K, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.put((K) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static Comparator<StatsBucket> byCountThenKey() {
        return Comparator.comparingLong(StatsBucket::count).reversed().thenComparing(StatsBucket::key);
    }

    private Caller requireStaff() {
        Caller c = caller.get();
        if (c.isAnonymous() || VoicePolicy.isPartner(c)) {
            throw ProblemException.forbidden("集計と出力は職員だけです (statistics and exports are for staff)");
        }
        return c;
    }
}
