package jp.wardhub.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.organization.OrganizationService;
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
            throw ProblemException.invalid("groupBy", "Enum", "bureau, ward, fiscalYear のいずれかを指定してください (one of: bureau, ward, fiscalYear)");
        }
    }

    @Inject
    CurrentCaller caller;

    @Inject
    OrganizationService organization;

    public StatsView stats(Grouping grouping, Integer fiscalYear) {
        if (!ProposalPolicy.canReadProposals(caller.get())) {
            throw ProblemException.forbidden("集計を見られるのは区・本庁の職員と管理者です (ward and HQ staff and administrators)");
        }
        String scope = "p.status <> :withdrawn" + (fiscalYear != null ? " and p.fiscalYear = :fiscalYear" : "");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("withdrawn", ProposalStatus.WITHDRAWN);
        if (fiscalYear != null) {
            params.put("fiscalYear", fiscalYear);
        }
        Map<Long, Proposal> proposals = Proposal.<Proposal>list("from Proposal p where " + scope, params).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        params.put("published", ProposalAnswerState.PUBLISHED);
        List<ProposalAnswer> published = ProposalAnswer.list(
                "state = :published and proposalId in (select p.id from Proposal p where " + scope + ")", params);

        Function<ProposalAnswer, String> key = switch (grouping) {
            case BUREAU -> a -> a.bureauCode;
            case WARD -> a -> proposals.get(a.proposalId).wardCode;
            case FISCAL_YEAR -> a -> Integer.toString(proposals.get(a.proposalId).fiscalYear);
        };
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Tally total = new Tally();
        for (ProposalAnswer a : published) {
            tallies.computeIfAbsent(key.apply(a), k -> new Tally()).add(a);
            total.add(a);
        }
        List<StatsGroup> groups = new ArrayList<>();
        for (String k : order(grouping, tallies.keySet())) {
            String[] label = label(grouping, k);
            groups.add(tallies.get(k).group(k, label[0], label[1]));
        }
        return new StatsView(grouping.wire, fiscalYear, groups, total.group("total", "合計", "Total"));
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

    /** Published answers of one group and the proposals they answer. */
    private static final class Tally {
        private final long[] decisions = new long[ProposalDecision.values().length];
        private final Set<Long> proposals = new HashSet<>();
        private final Set<Long> reflectedProposals = new HashSet<>();
        private long requests;
        private long reflectedRequests;

        void add(ProposalAnswer a) {
            requests++;
            decisions[a.decision.ordinal()]++;
            proposals.add(a.proposalId);
            if (a.decision.reflected()) {
                reflectedRequests++;
                reflectedProposals.add(a.proposalId);
            }
        }

        StatsGroup group(String key, String labelJa, String labelEn) {
            DecisionCounts counts = new DecisionCounts(decisions[ProposalDecision.ADOPTED.ordinal()],
                    decisions[ProposalDecision.PARTIALLY_ADOPTED.ordinal()], decisions[ProposalDecision.FURTHER_STUDY.ordinal()],
                    decisions[ProposalDecision.NOT_ADOPTED.ordinal()]);
            return new StatsGroup(key, labelJa, labelEn, proposals.size(), reflectedProposals.size(),
                    rate(reflectedProposals.size(), proposals.size()), requests, reflectedRequests, rate(reflectedRequests, requests),
                    counts);
        }

        private static BigDecimal rate(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }
}
