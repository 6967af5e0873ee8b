package jp.wardhub.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.list.ListQuery;

/** The lists' read scopes and the read rules agree: each role lists exactly the proposals and consultations it may see. */
@QuarkusTest
class ProposalReadScopeTest {

    private static final List<Caller> CALLERS = List.of(
            new Caller("admin", Role.ADMIN, null, null, null, Set.of()),
            new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of()),
            new Caller("hq-kokuho", Role.HQ, null, "health-welfare", "national-insurance", Set.of()),
            new Caller("hq-nobureau", Role.HQ, null, null, null, Set.of()),
            new Caller("chuo", Role.WARD, "431010", null, null, Set.of()),
            new Caller("kita", Role.WARD, "431052", null, null, Set.of()),
            new Caller("chuo-liaison", Role.LIAISON, "431010", null, null, Set.of()),
            new Caller("city-web", Role.PARTNER, null, null, null, Set.of()),
            Caller.ANONYMOUS);

    @BeforeEach
    void proposalsAndConsultationsOfEachKind() {
        ProposalSteps.submitted("読む範囲の確認 (回答前)", "policy");
        ProposalSteps.adoptedByPolicy("読む範囲の確認 (公開済み)");
        ConsultationTest.open("読む範囲の確認 (北区へ)", BusinessTime.today().plusDays(20), "431052");
    }

    @Test
    @Transactional
    void eachRoleListsExactlyTheProposalsItMaySee() {
        Map<Long, List<ProposalAnswer>> answers = ProposalAnswer.<ProposalAnswer>listAll().stream()
                .collect(Collectors.groupingBy(a -> a.proposalId));
        List<Proposal> proposals = Proposal.listAll();
        for (Caller c : CALLERS) {
            Set<Long> visible = proposals.stream().filter(p -> {
                List<ProposalAnswer> of = answers.getOrDefault(p.id, List.of());
                return ProposalPolicy.canSee(c, p.wardCode, of.stream().map(a -> a.bureauCode).toList(),
                        of.stream().anyMatch(a -> a.state == ProposalAnswerState.PUBLISHED));
            }).map(p -> p.id).collect(Collectors.toSet());
            Set<Long> listed = Set.copyOf(ListQuery.from("Proposal p").and(ProposalPolicy.readScope(c))
                    .query("p.id", "", Long.class).getResultList());
            assertEquals(visible, listed, c.username() + " (" + c.role() + ")");
        }
    }

    @Test
    @Transactional
    void eachRoleListsExactlyTheConsultationsItMaySee() {
        Map<Long, List<String>> wards = ConsultationWard.<ConsultationWard>listAll().stream()
                .collect(Collectors.groupingBy(w -> w.consultationId,
                        Collectors.mapping(w -> w.wardCode, Collectors.toList())));
        List<Consultation> consultations = Consultation.listAll();
        for (Caller c : CALLERS) {
            Set<Long> visible = consultations.stream()
                    .filter(k -> ConsultationPolicy.canSee(c, k.bureauCode, wards.getOrDefault(k.id, List.of())))
                    .map(k -> k.id).collect(Collectors.toSet());
            Set<Long> listed = Set.copyOf(ListQuery.from("Consultation c").and(ConsultationPolicy.readScope(c))
                    .query("c.id", "", Long.class).getResultList());
            assertEquals(visible, listed, c.username() + " (" + c.role() + ")");
        }
    }
}
