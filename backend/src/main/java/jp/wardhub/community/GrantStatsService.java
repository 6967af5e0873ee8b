package jp.wardhub.community;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.community.CommunityViews.StatsGroup;
import jp.wardhub.community.CommunityViews.StatsView;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.organization.OrganizationViews.WardView;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.list.ListQuery;

/**
 * 交付状況: applications, grants and budgets of the support programmes, per programme, ward or fiscal year, and the
 * applications as CSV. The budget used is the programmes' committed budget (granted amounts, final ones once settled),
 * the same figure that limits the next grant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GrantStatsService {

    /** The ward key of city-wide programmes. */
    static final String CITY_WIDE = "city";
    static final int EXPORT_MAX_ROWS = 50_000;

    /** How the figures are grouped; the wire names are those of the {@code groupBy} query parameter. */
    public enum Grouping {
        PROGRAM("program", "p.id"), WARD("ward", "p.wardCode"), FISCAL_YEAR("fiscalYear", "p.fiscalYear");

        final String wire;
        final String key;

        Grouping(String wire, String key) {
            this.wire = wire;
            this.key = key;
        }

        /** A missing value groups by programme; an unknown one is a 400 naming {@code groupBy}. */
        public static Grouping parse(String value) {
            if (value == null || value.isBlank()) {
                return PROGRAM;
            }
            for (Grouping g : values()) {
                if (g.wire.equals(value.trim())) {
                    return g;
                }
            }
            throw ProblemException.invalid("groupBy", "Enum",
                    "program, ward, fiscalYear のいずれかを指定してください (one of: program, ward, fiscalYear)");
        }
    }

    @Inject
    CurrentCaller caller;

    @Inject
    OrganizationService organization;

    /** How the statistics are grouped, and of which fiscal year (null: every year). */
    public record StatsFilter(Grouping grouping, Integer fiscalYear) {
    }

    /** Which applications the grants CSV holds; a filter not given (null) means any. */
    public record Filter(Integer fiscalYear, String ward, Long program) {
    }

    public StatsView stats(StatsFilter filter) {
        Grouping grouping = filter.grouping();
        Integer fiscalYear = filter.fiscalYear();
        Caller c = caller.get();
        SupportProgramService.requireRead(c);
        // the figures of every programme the caller reads; applications are counted, never shown
        var budgets = ListQuery.from("SupportProgram p")
                .and(SupportProgramPolicy.readScope(c))
                .equal("p.fiscalYear", fiscalYear)
                .query(grouping.key + ", sum(p.totalBudgetYen), sum(p.committedYen)", "group by " + grouping.key,
                        Object[].class);
        var applications = ListQuery.from("SupportApplication a join SupportProgram p on p.id = a.programId")
                .and(SupportProgramPolicy.readScope(c))
                .and("a.status <> :draft", "draft", ApplicationState.DRAFT)
                .equal("p.fiscalYear", fiscalYear)
                .query(grouping.key + ", count(a.id),"
                        + " sum(case when a.status in :holding then 1 else 0 end),"
                        + " sum(case when a.status in :holding then a.grantedYen else 0 end),"
                        + " sum(case when a.status = :settled then a.finalYen else 0 end)", "group by " + grouping.key,
                        Object[].class)
                .setParameter("holding", ApplicationState.holdingBudget())
                .setParameter("settled", ApplicationState.SETTLED);
        Map<String, long[]> figures = new LinkedHashMap<>();
        for (Object[] row : budgets.getResultList()) {
            long[] f = figures.computeIfAbsent(key(row[0]), k -> new long[6]);
            f[4] = number(row[1]);
            f[5] = number(row[2]);
        }
        for (Object[] row : applications.getResultList()) {
            long[] f = figures.computeIfAbsent(key(row[0]), k -> new long[6]);
            for (int i = 0; i < 4; i++) {
                f[i] = number(row[i + 1]);
            }
        }
        Map<String, String[]> labels = labels(grouping, figures.keySet().stream().toList());
        List<StatsGroup> groups = order(grouping, figures.keySet().stream().toList()).stream()
                .map(k -> group(k, labels.get(k)[0], labels.get(k)[1], figures.get(k))).toList();
        long[] total = new long[6];
        figures.values().forEach(f -> {
            for (int i = 0; i < total.length; i++) {
                total[i] += f[i];
            }
        });
        return new StatsView(grouping.wire, fiscalYear, groups, group("total", "合計", "Total", total));
    }

    /** The applications (drafts excluded) the caller may read, one row each, without any group contact. */
    public String exportCsv(Filter filter) {
        Caller c = caller.get();
        SupportProgramService.requireRead(c);
        ListQuery rows = ListQuery.from(SupportApplicationService.WITH_PROGRAM_AND_GROUP)
                .and(SupportApplicationPolicy.readScope(c))
                .and("a.status <> :draft", "draft", ApplicationState.DRAFT)
                .equal("p.fiscalYear", filter.fiscalYear())
                .equal("g.wardCode", filter.ward())
                .equal("p.id", filter.program());
        long n = rows.count();
        if (n > EXPORT_MAX_ROWS) {
            throw ProblemException.exportTooLarge(n, EXPORT_MAX_ROWS, "年度", "fiscalYear");
        }
        Map<String, String> wards = organization.wards().stream()
                .collect(Collectors.toMap(WardView::code, WardView::nameJa));
        Csv csv = new Csv().row(List.of("申請ID", "年度", "制度ID", "制度名", "制度の区", "団体ID", "団体名", "団体の区", "事業名", "状態",
                "補助対象経費(円)", "申請額(円)", "交付決定額(円)", "実際の経費(円)", "確定額(円)", "提出日"));
        for (Object[] row : rows.query("a, p, g", "order by p.fiscalYear, p.id, a.id", Object[].class)
                .getResultList()) {
            SupportApplication a = (SupportApplication) row[0];
            SupportProgram p = (SupportProgram) row[1];
            CommunityGroup g = (CommunityGroup) row[2];
            csv.row(Arrays.asList(a.id, p.fiscalYear, p.id, p.name, p.wardCode == null ? "全市" : wards.get(p.wardCode),
                    g.id,
                    g.name, wards.get(g.wardCode), a.title, a.status, a.eligibleCostYen, a.requestedYen, a.grantedYen,
                    a.actualCostYen,
                    a.finalYen, a.submittedOn));
        }
        return csv.toString();
    }

    private static StatsGroup group(String key, String labelJa, String labelEn, long[] f) {
        BigDecimal used = f[4] == 0 ? null
                : BigDecimal.valueOf(f[5] * 100).divide(BigDecimal.valueOf(f[4]), 1, RoundingMode.HALF_UP);
        return new StatsGroup(key, labelJa, labelEn, f[0], f[1], f[2], f[3], f[4], f[5], used);
    }

    private static String key(Object value) {
        return value == null ? CITY_WIDE : value.toString();
    }

    /** Sums of no rows are null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private List<String> order(Grouping grouping, List<String> keys) {
        return switch (grouping) {
            case PROGRAM, FISCAL_YEAR -> keys.stream().sorted(Comparator.comparingLong(Long::parseLong)).toList();
            case WARD -> {
                List<String> order = new ArrayList<>(organization.wards().stream().map(WardView::code).toList());
                order.add(CITY_WIDE);
                yield order.stream().filter(keys::contains).toList();
            }
        };
    }

    private Map<String, String[]> labels(Grouping grouping, List<String> keys) {
        Map<String, String[]> labels = new HashMap<>();
        switch (grouping) {
            case PROGRAM -> {
                if (!keys.isEmpty()) {
                    SupportProgram.<SupportProgram>list("id in ?1", keys.stream().map(Long::valueOf).toList())
                            .forEach(p -> labels.put(p.id.toString(), new String[] { p.name, p.name }));
                }
            }
            case WARD -> {
                organization.wards().forEach(w -> labels.put(w.code(), new String[] { w.nameJa(), w.nameEn() }));
                labels.put(CITY_WIDE, new String[] { "全市", "City-wide" });
            }
            case FISCAL_YEAR -> keys.forEach(k -> labels.put(k, new String[] { k + "年度", "FY" + k }));
        }
        return labels;
    }
}
