package jp.wardhub.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.list.Condition;

/** The workflows and the authorization rules as pure functions, without a server. */
class ProposalRulesTest {

    private static final Caller HQ = new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of());
    private static final Caller HQ_COLLEAGUE = new Caller("hq-seisaku", Role.HQ, null, "policy", "policy-planning",
            Set.of());
    private static final Caller HQ_OTHER = new Caller("hq-kokuho", Role.HQ, null, "health-welfare",
            "national-insurance", Set.of());
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null, null, Set.of());
    private static final Caller CHUO = new Caller("chuo", Role.WARD, "431010", null, null, Set.of());
    private static final Caller CHUO_LIAISON = new Caller("chuo-liaison", Role.LIAISON, "431010", null, null, Set.of());

    @Test
    void aProposalMovesFromDraftToDoneAndNoFurther() {
        ProposalStatus s = ProposalStatus.DRAFT.after(ProposalStatus.Action.EDIT, false);
        s = s.after(ProposalStatus.Action.SUBMIT, false);
        s = s.after(ProposalStatus.Action.ANSWER, false);
        s = s.after(ProposalStatus.Action.CONCLUDE, true);
        assertEquals(ProposalStatus.ANSWERED, s);
        s = s.after(ProposalStatus.Action.ADD_MILESTONE, true);
        assertEquals(ProposalStatus.IN_PROGRESS, s);
        s = s.after(ProposalStatus.Action.COMPLETE, true);
        assertEquals(ProposalStatus.DONE, s);
        assertTrue(s.actions(true).isEmpty());
    }

    @Test
    void anAnsweredProposalThatNoBureauAdoptedAllowsNothingMore() {
        assertEquals(List.of(), ProposalStatus.ANSWERED.actions(false));
        var refused = assertThrows(ProblemException.class,
                () -> ProposalStatus.ANSWERED.after(ProposalStatus.Action.ADD_MILESTONE, false));
        assertEquals(409, refused.problemType().status());
    }

    @Test
    void theAutomaticConclusionIsNeverOfferedToCallers() {
        assertEquals(List.of(ProposalStatus.Action.ANSWER, ProposalStatus.Action.WITHDRAW),
                ProposalStatus.SUBMITTED.actions(false));
        assertTrue(ProposalStatus.SUBMITTED.allowed(false).contains(ProposalStatus.Action.CONCLUDE));
    }

    @Test
    void anAnswerIsAnsweredApprovedThenPublishedAndRevisableOnlyBeforeApproval() {
        assertEquals(ProposalAnswerState.ANSWERED,
                ProposalAnswerState.ANSWERED.after(ProposalAnswerState.Action.ANSWER));
        assertEquals(ProposalAnswerState.APPROVED,
                ProposalAnswerState.ANSWERED.after(ProposalAnswerState.Action.APPROVE));
        assertEquals(ProposalAnswerState.PUBLISHED,
                ProposalAnswerState.APPROVED.after(ProposalAnswerState.Action.PUBLISH));
        var refused = assertThrows(ProblemException.class,
                () -> ProposalAnswerState.APPROVED.after(ProposalAnswerState.Action.ANSWER));
        assertTrue(refused.getMessage().contains("allowed: PUBLISH"), refused.getMessage());
        assertEquals(ProposalAnswerPublication.PENDING_PUBLICATION, ProposalAnswerState.APPROVED.publication());
    }

    @Test
    void onlyTheAddressedBureauAnswersAndAColleagueApproves() {
        assertTrue(ProposalPolicy.canAnswer(HQ, "policy"));
        assertFalse(ProposalPolicy.canAnswer(HQ_OTHER, "policy"));
        assertFalse(ProposalPolicy.canAnswer(ADMIN, "policy"));
        assertFalse(ProposalPolicy.canApprove(HQ, "policy", "hq"));
        assertTrue(ProposalPolicy.canApprove(HQ_COLLEAGUE, "policy", "hq"));
        assertTrue(ProposalPolicy.canApprove(ADMIN, "policy", "hq"));
        assertFalse(ProposalPolicy.canApprove(HQ_OTHER, "policy", "hq"));
    }

    @Test
    void anUnpublishedAnswerIsTheBureausOwnBusiness() {
        assertFalse(ProposalPolicy.canSeeAnswer(CHUO, "policy", ProposalAnswerState.APPROVED));
        assertFalse(ProposalPolicy.canSeeAnswer(HQ_OTHER, "policy", ProposalAnswerState.ANSWERED));
        assertTrue(ProposalPolicy.canSeeAnswer(HQ_COLLEAGUE, "policy", ProposalAnswerState.ANSWERED));
        assertTrue(ProposalPolicy.canSeeAnswer(CHUO, "policy", ProposalAnswerState.PUBLISHED));
    }

    @Test
    void wardsDraftForThemselvesAndLiaisonStaffHaveNoPartInProposals() {
        assertTrue(ProposalPolicy.canDraft(CHUO, "431010"));
        assertFalse(ProposalPolicy.canDraft(CHUO, "431052"));
        assertFalse(ProposalPolicy.canReadProposals(CHUO_LIAISON));
        assertTrue(ConsultationPolicy.canRespond(CHUO, List.of("431010", "431052")));
        assertFalse(ConsultationPolicy.canRespond(CHUO_LIAISON, List.of("431010")));
        assertFalse(ConsultationPolicy.canManage(HQ_OTHER, "policy"));
    }

    @Test
    void theProposalListShowsEachRoleTheProposalsItMaySee() {
        // administrators see every proposal: their list has no condition
        assertTrue(ProposalPolicy.canSee(ADMIN, "431052", List.of("health-welfare"), false));
        assertEquals(Condition.ALL, ProposalPolicy.readScope(ADMIN));
        // ward staff see their ward's proposals
        assertTrue(ProposalPolicy.canSee(CHUO, "431010", List.of(), false));
        assertFalse(ProposalPolicy.canSee(CHUO, "431052", List.of(), true));
        assertEquals(Condition.of("p.wardCode = :mine", "mine", "431010"), ProposalPolicy.readScope(CHUO));
        // HQ staff see those addressed to their bureau and any with a published answer
        assertTrue(ProposalPolicy.canSee(HQ, "431052", List.of("policy"), false));
        assertTrue(ProposalPolicy.canSee(HQ_OTHER, "431052", List.of("policy"), true));
        assertFalse(ProposalPolicy.canSee(HQ_OTHER, "431052", List.of("policy"), false));
        Condition hq = ProposalPolicy.readScope(HQ);
        assertEquals("(p.firstAnswerPublishedAt is not null or exists (select a.id from ProposalAnswer a"
                + " where a.proposalId = p.id and a.bureauCode = :mine))", hq.hql());
        assertEquals(Map.of("mine", "policy"), hq.params());
        // anyone else sees none (and is refused the list)
        assertFalse(ProposalPolicy.canSee(CHUO_LIAISON, "431010", List.of(), true));
        assertEquals(Condition.NONE, ProposalPolicy.readScope(CHUO_LIAISON));
    }

    @Test
    void theConsultationListShowsEachRoleTheConsultationsItMaySee() {
        // administrators see every consultation
        assertTrue(ConsultationPolicy.canSee(ADMIN, "policy", List.of("431052")));
        assertEquals(Condition.ALL, ConsultationPolicy.readScope(ADMIN));
        // HQ staff see their bureau's
        assertTrue(ConsultationPolicy.canSee(HQ_COLLEAGUE, "policy", List.of()));
        assertFalse(ConsultationPolicy.canSee(HQ_OTHER, "policy", List.of()));
        assertEquals(Condition.of("c.bureauCode = :bureau", "bureau", "policy"),
                ConsultationPolicy.readScope(HQ_COLLEAGUE));
        // ward staff see those addressed to their ward
        assertTrue(ConsultationPolicy.canSee(CHUO, "policy", List.of("431010", "431052")));
        assertFalse(ConsultationPolicy.canSee(CHUO, "policy", List.of("431052")));
        assertEquals(Condition.of(
                "exists (select w.id from ConsultationWard w where w.consultationId = c.id and w.wardCode = :ward)",
                "ward", "431010"), ConsultationPolicy.readScope(CHUO));
        // anyone else sees none
        assertFalse(ConsultationPolicy.canSee(CHUO_LIAISON, "policy", List.of("431010")));
        assertEquals(Condition.NONE, ConsultationPolicy.readScope(CHUO_LIAISON));
    }

    @Test
    void theFiscalYearStartsInAprilAndDueDatesFallOnBusinessDays() {
        assertEquals(2025, FiscalYear.of(LocalDate.of(2026, 3, 31)));
        assertEquals(2026, FiscalYear.of(LocalDate.of(2026, 4, 1)));
        // 2026-12-01 + 30 days = 2026-12-31, inside the year-end closure: due on the first business day of 2027
        assertEquals(LocalDate.of(2027, 1, 4), ProposalService.defaultDueDate(LocalDate.of(2026, 12, 1)));
        assertTrue(BusinessTime.isBusinessDay(ProposalService.defaultDueDate(LocalDate.of(2026, 11, 26))));
    }
}
