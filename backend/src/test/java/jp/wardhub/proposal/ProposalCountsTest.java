package jp.wardhub.proposal;

import static jp.wardhub.proposal.ProposalSteps.etag;
import static jp.wardhub.proposal.ProposalSteps.proposal;
import static jp.wardhub.proposal.ProposalSteps.publishedAnswer;
import static jp.wardhub.proposal.ProposalSteps.submittedBy;
import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.proposal.ProposalStatsService.Grouping;
import jp.wardhub.testing.KeptCounts;

/**
 * The proposals' counts (集計表) are the published answers counted: after publication and withdrawal the rows kept
 * equal a count over every proposal in the database, and the statistics' figures read from them equal the figures
 * counted by joining every published answer to its proposal, per bureau, ward and fiscal year, for every year and one.
 */
@QuarkusTest
class ProposalCountsTest {

    private static final int FY = 2093; // a year of its own (ProposalStatsTest has 2091 and expects 2092 empty)

    private static final String PUBLISHED = """
            from proposal_answer a join proposal p on p.id = a.proposal_id
            where a.state = 'PUBLISHED' and p.status <> 'WITHDRAWN'""";
    private static final String ANSWERS_COUNTED = """
            select concat_ws('|', p.fiscal_year, p.ward_code, a.bureau_code, coalesce(a.decision, ''), count(*))
            """ + PUBLISHED + " group by p.fiscal_year, p.ward_code, a.bureau_code, coalesce(a.decision, '')";
    private static final String ANSWERS_KEPT = """
            select concat_ws('|', fiscal_year, ward_code, bureau_code, decision, answers) from proposal_answer_count
            where answers <> 0""";
    private static final String PROPOSALS_COUNTED = """
            select concat_ws('|', fiscal_year, ward_code, reflected, count(*)) from (
              select p.fiscal_year, p.ward_code,
                     max(case when a.decision in ('ADOPTED', 'PARTIALLY_ADOPTED') then 1 else 0 end) reflected
            """ + PUBLISHED
            + " group by p.id, p.fiscal_year, p.ward_code) answered group by fiscal_year, ward_code, reflected";
    private static final String PROPOSALS_KEPT = """
            select concat_ws('|', fiscal_year, ward_code, reflected, proposals) from proposal_count where proposals <> 0""";

    @Inject
    ProposalCounts counts;

    @Test
    void theRowsFollowPublicationAndWithdrawal() {
        long both = submittedBy("chuo", proposal("集計の確認 二つの局へ", "POLICY", FY), "policy", "health-welfare");
        publishedAnswer(both, "policy", "FURTHER_STUDY");
        assertKept();
        publishedAnswer(both, "health-welfare", "PARTIALLY_ADOPTED"); // now reflected
        long withdrawn = submittedBy("kita", proposal("集計の確認 取り下げ", "PROJECT", FY), "policy", "health-welfare");
        publishedAnswer(withdrawn, "policy", "ADOPTED");
        assertKept();
        as("kita").header("If-Match", etag("kita", withdrawn)).post("/api/v1/proposals/" + withdrawn + "/withdraw")
                .then().statusCode(200);
        assertKept();
    }

    @Test
    void theStatisticsFromTheRowsAreThePublishedAnswersCounted() {
        long p = submittedBy("chuo", proposal("集計の確認 統計", "BUDGET_REQUEST", FY), "policy");
        publishedAnswer(p, "policy", "ADOPTED");
        QuarkusTransaction.requiringNew().run(() -> {
            for (Integer year : Arrays.asList(null, FY)) {
                assertEquals(KeptCounts.lines(joined(null, year)), KeptCounts.lines(counts.tally(null, year)),
                        "in all, " + year);
                for (Grouping g : Grouping.values()) {
                    assertEquals(KeptCounts.lines(joined(g, year)), KeptCounts.lines(counts.tally(g, year)),
                            g + ", " + year);
                }
            }
        });
    }

    /** The figures as the statistics counted them before the rows: every published answer joined to its proposal. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> joined(Grouping grouping, Integer year) {
        String key = grouping == null ? "" : switch (grouping) {
            case BUREAU -> "a.bureau_code, ";
            case WARD -> "p.ward_code, ";
            case FISCAL_YEAR -> "cast(p.fiscal_year as char(4)), ";
        };
        String reflected = "a.decision in ('ADOPTED', 'PARTIALLY_ADOPTED')";
        String sql = "select " + key + "count(a.id), count(distinct a.proposal_id), sum(case when " + reflected
                + " then 1 else 0 end), count(distinct case when " + reflected + " then a.proposal_id end),"
                + " sum(case when a.decision = 'ADOPTED' then 1 else 0 end),"
                + " sum(case when a.decision = 'PARTIALLY_ADOPTED' then 1 else 0 end),"
                + " sum(case when a.decision = 'FURTHER_STUDY' then 1 else 0 end),"
                + " sum(case when a.decision = 'NOT_ADOPTED' then 1 else 0 end) " + PUBLISHED
                + (year == null ? "" : " and p.fiscal_year = " + year)
                + (key.isEmpty() ? "" : " group by " + key.substring(0, key.length() - 2));
        List<Object> rows = Panache.getEntityManager().createNativeQuery(sql).getResultList();
        List<Object[]> result = new ArrayList<>();
        rows.forEach(row -> result.add((Object[]) row));
        return result;
    }

    private static void assertKept() {
        KeptCounts.assertKept("proposal_answer_count", ANSWERS_COUNTED, ANSWERS_KEPT, "proposal_count",
                PROPOSALS_COUNTED, PROPOSALS_KEPT);
    }
}
