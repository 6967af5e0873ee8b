package jp.wardhub.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.organization.OrganizationService;
import jp.wardhub.platform.Caches;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.proposal.ProposalViews.DecisionCounts;
import jp.wardhub.proposal.ProposalViews.StatsGroup;
import jp.wardhub.proposal.ProposalViews.StatsView;

/**
 * 反映状況: how ward proposals were reflected in city policy, counted two ways as Yokohama's 区提案反映制度 does: per
 * proposal (reflected when at least one bureau adopted it, fully or partially) and per bureau request (each bureau's
 * answer counts). Only published answers count; withdrawn proposals do not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProposalStatsService {

    /** How the figures are grouped; the wire names are those of the {@code groupBy} query parameter. */
    public enum Grouping {
        BUREAU("bureau"), WARD("ward"), FISCAL_YEAR("fiscalYear");

        final String wire;

        Grouping(String wire) {
            this.wire = wire;
        }

        /** A missing value groups by bureau; an unknown one is a 400 naming {@code groupBy}. */
        public static Grouping parse(String value) {
            if (value == null || value.isBlank()) {
                return BUREAU;
            }
            for (Grouping g : values()) {
                if (g.wire.equals(value.trim())) {
                    return g;
                }
            }
            throw ProblemException.invalid("groupBy", "Enum",
                    "bureau, ward, fiscalYear のいずれかを指定してください (one of: bureau, ward, fiscalYear)");
        }
    }

    private record StatsKey(Grouping grouping, Integer fiscalYear) {
    }

    /** The figures are the same for every reader: remembered until the next proposal change commits. */
    @CacheName("proposals.stats")
    Cache stats;

    @Inject
    CurrentCaller caller;

    @Inject
    OrganizationService organization;

    @Inject
    ProposalCounts counts;

    public StatsView stats(Grouping grouping, Integer fiscalYear) {
        if (!ProposalPolicy.canReadProposals(caller.get())) {
            throw ProblemException.forbidden("集計を見られるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        return Caches.get(stats, new StatsKey(grouping, fiscalYear), key -> compute(grouping, fiscalYear));
    }

    private StatsView compute(Grouping grouping, Integer fiscalYear) {
        Map<String, StatsGroup> groups = new LinkedHashMap<>();
        for (Object[] row : counts.tally(grouping, fiscalYear)) {
            String k = (String) row[0];
            String[] label = label(grouping, k);
            groups.put(k, group(k, label[0], label[1], row, 1));
        }
        StatsGroup total = group("total", "合計", "Total", counts.tally(null, fiscalYear).get(0), 0);
        List<StatsGroup> ordered = order(grouping, groups.keySet()).stream().map(groups::get).toList();
        return new StatsView(grouping.wire, fiscalYear, ordered, total);
    }

    /** A group from a row of {@link ProposalCounts#tally}, whose figures start at {@code at}. */
    private static StatsGroup group(String key, String labelJa, String labelEn, Object[] row, int at) {
        long requests = number(row[at]);
        long proposals = number(row[at + 1]);
        long reflectedRequests = number(row[at + 2]);
        long reflectedProposals = number(row[at + 3]);
        DecisionCounts counts = new DecisionCounts(number(row[at + 4]), number(row[at + 5]), number(row[at + 6]),
                number(row[at + 7]));
        return new StatsGroup(key, labelJa, labelEn, proposals, reflectedProposals, rate(reflectedProposals, proposals),
                requests,
                reflectedRequests, rate(reflectedRequests, requests), counts);
    }

    /** Sums of no rows are null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private List<String> order(Grouping grouping, Set<String> keys) {
        List<String> order = switch (grouping) {
            case BUREAU -> organization.bureaus().stream().map(b -> b.code()).toList();
            case WARD -> organization.wards().stream().map(w -> w.code()).toList();
            case FISCAL_YEAR -> keys.stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        };
        return order.stream().filter(keys::contains).toList();
    }

    private String[] label(Grouping grouping, String key) {
        return switch (grouping) {
            case BUREAU -> organization.bureauRef(key).map(b -> new String[] { b.nameJa(), b.nameEn() }).orElseThrow();
            case WARD -> organization.wardRef(key).map(w -> new String[] { w.nameJa(), w.nameEn() }).orElseThrow();
            case FISCAL_YEAR -> new String[] { key + "年度", "FY" + key };
        };
    }
}
