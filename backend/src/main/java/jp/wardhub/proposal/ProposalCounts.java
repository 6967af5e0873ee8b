package jp.wardhub.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.Panache;
import jp.wardhub.platform.list.CountRows;
import jp.wardhub.proposal.ProposalStatsService.Grouping;

/**
 * 区提案の集計表: the published answers of proposals not withdrawn per fiscal year, ward, bureau and decision
 * ({@code proposal_answer_count}), and those proposals per fiscal year, ward and whether an answer reflected them
 * ({@code proposal_count}). Kept here, in the transaction that publishes an answer or withdraws a proposal (the only
 * steps that change what counts: a published answer is final, and a proposal's ward and year are fixed once
 * submitted); read by the statistics, which joined every published answer to its proposal before (0.6–1.5 s at
 * 100,000 proposals for the first answer after a write).
 */
@ApplicationScoped
public class ProposalCounts {

    /** What one proposal adds to the counts: the bureau and decision of each published answer; none once withdrawn. */
    record Share(int fiscalYear, String ward, List<List<String>> answers) {

        boolean reflected() {
            return answers.stream().anyMatch(a -> reflects(a.get(1)));
        }
    }

    /** What {@code p} adds to the counts as it stands in this transaction. */
    Share share(Proposal p) {
        if (p.status == ProposalStatus.WITHDRAWN) {
            return new Share(p.fiscalYear, p.wardCode, List.of());
        }
        List<List<String>> answers = Panache.getEntityManager().createQuery("""
                select a.bureauCode, a.decision from ProposalAnswer a
                where a.proposalId = :proposal and a.state = :published order by a.bureauCode""", Object[].class)
                .setParameter("proposal", p.id).setParameter("published", ProposalAnswerState.PUBLISHED)
                .getResultStream().map(row -> List.of((String) row[0], row[1] == null ? "" : row[1].toString()))
                .toList();
        return new Share(p.fiscalYear, p.wardCode, answers);
    }

    /** A proposal whose share was {@code before} and is {@code after} now: counted as it is now instead. */
    void moved(Share before, Share after) {
        if (before.equals(after)) {
            return;
        }
        before.answers().forEach(a -> countAnswer(before, a, -1));
        after.answers().forEach(a -> countAnswer(after, a, 1));
        if (!before.answers().isEmpty()) {
            countProposal(before, -1);
        }
        if (!after.answers().isEmpty()) {
            countProposal(after, 1);
        }
    }

    private static void countAnswer(Share share, List<String> answer, int change) {
        CountRows.add("proposal_answer_count", Map.of("fiscal_year", share.fiscalYear(), "ward_code", share.ward(),
                "bureau_code", answer.get(0), "decision", answer.get(1)), "answers", change);
    }

    private static void countProposal(Share share, int change) {
        CountRows.add("proposal_count", Map.of("fiscal_year", share.fiscalYear(), "ward_code", share.ward(),
                "reflected", share.reflected() ? 1 : 0), "proposals", change);
    }

    private static boolean reflects(String decision) {
        return !decision.isEmpty() && ProposalDecision.valueOf(decision).reflected();
    }

    /**
     * The statistics' figures per group of {@code grouping} (or in all, when null), for one fiscal year or every one:
     * each row the group's key (absent in all), then the answers, the proposals, the reflected answers, the reflected
     * proposals, and the answers adopted, partially adopted, for further study and not adopted.
     */
    List<Object[]> tally(Grouping grouping, Integer fiscalYear) {
        String column = grouping == null ? null : switch (grouping) {
            case BUREAU -> "bureau_code";
            case WARD -> "ward_code";
            case FISCAL_YEAR -> "fiscal_year";
        };
        Map<String, long[]> figures = new LinkedHashMap<>();
        for (Object[] row : sums("proposal_answer_count", column, "decision", "answers", fiscalYear)) {
            long[] f = figures.computeIfAbsent((String) row[0], k -> new long[8]);
            String decision = (String) row[1];
            long answers = ((Number) row[2]).longValue();
            f[0] += answers;
            f[2] += reflects(decision) ? answers : 0;
            if (!decision.isEmpty()) {
                f[4 + ProposalDecision.valueOf(decision).ordinal()] += answers;
            }
            if (grouping == Grouping.BUREAU) { // a bureau answers a proposal once: its proposals are its answers
                f[1] += answers;
                f[3] += reflects(decision) ? answers : 0;
            }
        }
        if (grouping != Grouping.BUREAU) {
            for (Object[] row : sums("proposal_count", column, "reflected", "proposals", fiscalYear)) {
                long[] f = figures.computeIfAbsent((String) row[0], k -> new long[8]);
                long proposals = ((Number) row[2]).longValue();
                f[1] += proposals;
                f[3] += ((Number) row[1]).intValue() == 1 ? proposals : 0;
            }
        }
        List<Object[]> rows = new ArrayList<>();
        figures.forEach((key, f) -> {
            if (Arrays.stream(f).anyMatch(n -> n != 0) || grouping == null) {
                Object[] row = new Object[grouping == null ? 8 : 9];
                int at = grouping == null ? 0 : 1;
                if (grouping != null) {
                    row[0] = key;
                }
                for (int i = 0; i < 8; i++) {
                    row[at + i] = f[i];
                }
                rows.add(row);
            }
        });
        if (grouping == null && rows.isEmpty()) {
            rows.add(new Object[] { 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L });
        }
        return rows;
    }

    /** {@code [key, by, sum]} rows of {@code table}: the key as text ("" in all), summed per key and {@code by}. */
    private static List<Object[]> sums(String table, String key, String by, String summed, Integer fiscalYear) {
        String keyed = key == null ? "''" : "cast(" + key + " as char(40))";
        Query query = Panache.getEntityManager().createNativeQuery("select " + keyed + ", " + by + ", sum(" + summed
                + ") from " + table + (fiscalYear == null ? "" : " where fiscal_year = :year") + " group by " + keyed
                + ", " + by);
        if (fiscalYear != null) {
            query.setParameter("year", fiscalYear);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
