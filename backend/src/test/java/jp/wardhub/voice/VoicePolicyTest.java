package jp.wardhub.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.list.Condition;
import jp.wardhub.voice.VoicePolicy.Subject;
import jp.wardhub.voice.VoiceState.Action;

/** The rules as pure functions, and the workflow table. */
class VoicePolicyTest {

    private static final String COORDINATOR = "ward-coordination";
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null, null, Set.of());
    private static final Caller HQ_COORDINATOR = new Caller("hq", Role.HQ, null, "policy", COORDINATOR, Set.of());
    private static final Caller HQ_ROADS = new Caller("roads", Role.HQ, null, "urban-construction", "road-maintenance",
            Set.of());
    private static final Caller CHUO = new Caller("chuo", Role.WARD, "431010", null, null, Set.of());
    private static final Caller KITA = new Caller("kita", Role.WARD, "431052", null, null, Set.of());
    private static final Caller CHUO_FLOOR = new Caller("chuo-floor", Role.FLOOR, "431010", null, null, Set.of());
    private static final Caller PARTNER = new Caller("city-web", Role.PARTNER, null, null, null,
            Set.of("voices:write"));
    private static final Caller READ_ONLY_PARTNER = new Caller("reader", Role.PARTNER, null, null, null,
            Set.of("catalogue:read"));

    private static final Subject UNASSIGNED = new Subject("431010", null, null, "chuo-floor");
    private static final Subject TO_ROADS = new Subject("431010", null, "road-maintenance", "city-web");
    private static final Subject TO_KITA = new Subject("431010", "431052", null, "chuo");

    @Test
    void intakeIsForStaffOfTheWardAndPartnersWithTheScope() {
        assertTrue(VoicePolicy.canTakeIn(CHUO_FLOOR, "431010"));
        assertFalse(VoicePolicy.canTakeIn(CHUO_FLOOR, "431052"));
        assertTrue(VoicePolicy.canTakeIn(HQ_ROADS, null));
        assertTrue(VoicePolicy.canTakeIn(PARTNER, null));
        assertFalse(VoicePolicy.canTakeIn(READ_ONLY_PARTNER, "431010"));
        assertFalse(VoicePolicy.canTakeIn(Caller.ANONYMOUS, "431010"));
    }

    @Test
    void theHandlersAreTheAssigneesOrBeforeAssignmentTheWard() {
        assertTrue(VoicePolicy.handles(CHUO, UNASSIGNED));
        assertFalse(VoicePolicy.handles(CHUO_FLOOR, UNASSIGNED));
        assertFalse(VoicePolicy.handles(HQ_COORDINATOR, UNASSIGNED));
        assertTrue(VoicePolicy.handles(HQ_ROADS, TO_ROADS));
        assertFalse(VoicePolicy.handles(CHUO, TO_ROADS));
        assertTrue(VoicePolicy.handles(KITA, TO_KITA));
        assertFalse(VoicePolicy.handles(CHUO, TO_KITA));
        assertTrue(VoicePolicy.handles(ADMIN, TO_KITA));
        assertTrue(VoicePolicy.canReadPersonalData(HQ_ROADS, TO_ROADS));
        assertFalse(VoicePolicy.canReadPersonalData(PARTNER, TO_ROADS));
    }

    @Test
    void whatEachRoleMayDo() {
        assertEquals(List.of(Action.TRANSFER, Action.ANSWER),
                VoicePolicy.actions(HQ_ROADS, TO_ROADS, VoiceState.ASSIGNED, COORDINATOR));
        assertEquals(List.of(Action.TRANSFER), VoicePolicy.actions(CHUO, TO_ROADS, VoiceState.ASSIGNED, COORDINATOR));
        assertEquals(List.of(Action.TRIAGE),
                VoicePolicy.actions(HQ_COORDINATOR, UNASSIGNED, VoiceState.RECEIVED, COORDINATOR));
        assertEquals(List.of(), VoicePolicy.actions(HQ_ROADS, UNASSIGNED, VoiceState.RECEIVED, COORDINATOR));
        assertEquals(List.of(), VoicePolicy.actions(PARTNER, TO_ROADS, VoiceState.ANSWERED, COORDINATOR));
        assertTrue(VoicePolicy.canRead(PARTNER, TO_ROADS));
        assertFalse(VoicePolicy.canRead(PARTNER, UNASSIGNED));
        assertTrue(VoicePolicy.canRead(KITA, TO_KITA));
        assertFalse(VoicePolicy.canRead(KITA, UNASSIGNED));
        assertTrue(VoicePolicy.canRead(HQ_ROADS, UNASSIGNED));
    }

    @Test
    void theListShowsEachRoleTheVoicesItMayRead() {
        List<Subject> voices = List.of(UNASSIGNED, TO_ROADS, TO_KITA);
        // administrators and HQ staff read every voice: their list has no condition
        for (Caller c : List.of(ADMIN, HQ_ROADS)) {
            assertTrue(voices.stream().allMatch(v -> VoicePolicy.canRead(c, v)));
            assertEquals(Condition.ALL, VoicePolicy.readScope(c));
        }
        // ward roles read the voices of their ward and those assigned to it
        assertTrue(VoicePolicy.canRead(KITA, TO_KITA));
        assertFalse(VoicePolicy.canRead(KITA, UNASSIGNED));
        assertEquals(Condition.of(":myWard in (v.wardCode, v.assignedWardCode)", "myWard", "431052"),
                VoicePolicy.readScope(KITA));
        assertTrue(VoicePolicy.canRead(CHUO_FLOOR, UNASSIGNED));
        assertEquals(Condition.of(":myWard in (v.wardCode, v.assignedWardCode)", "myWard", "431010"),
                VoicePolicy.readScope(CHUO_FLOOR));
        // a ward role without a ward reads none
        Caller wardless = new Caller("wardless", Role.LIAISON, null, null, null, Set.of());
        assertTrue(voices.stream().noneMatch(v -> VoicePolicy.canRead(wardless, v)));
        assertEquals(Condition.NONE, VoicePolicy.readScope(wardless));
        // partners read the voices they sent
        assertTrue(VoicePolicy.canRead(PARTNER, TO_ROADS));
        assertFalse(VoicePolicy.canRead(PARTNER, TO_KITA));
        assertEquals(Condition.of("v.createdBy = :me", "me", "city-web"), VoicePolicy.readScope(PARTNER));
        // anyone else reads none
        assertTrue(voices.stream().noneMatch(v -> VoicePolicy.canRead(Caller.ANONYMOUS, v)));
        assertEquals(Condition.NONE, VoicePolicy.readScope(Caller.ANONYMOUS));
    }

    @Test
    void theWorkflowTable() {
        assertEquals(VoiceState.TRIAGED, VoiceState.RECEIVED.after(Action.TRIAGE));
        assertEquals(VoiceState.ASSIGNED, VoiceState.ASSIGNED.after(Action.TRANSFER));
        assertEquals(VoiceState.CLOSED, VoiceState.CLOSED.after(Action.PUBLISH));
        ProblemException e = assertThrows(ProblemException.class, () -> VoiceState.CLOSED.after(Action.ANSWER));
        assertEquals(409, e.problemType().status());
        assertTrue(e.getMessage().contains("allowed: PUBLISH"), e.getMessage());
        assertTrue(VoiceState.ASSIGNED.awaitsAnswer());
        assertFalse(VoiceState.ANSWERED.awaitsAnswer());
    }
}
