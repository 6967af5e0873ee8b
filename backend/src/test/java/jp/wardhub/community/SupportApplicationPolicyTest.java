package jp.wardhub.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.community.ApplicationState.Action;
import jp.wardhub.community.SupportApplicationPolicy.Subject;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.list.Condition;

/** The application rules as pure functions, and the one place that decides an application's transitions. */
class SupportApplicationPolicyTest {

    private static final String BUREAU = "culture-citizens";
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null, null, Set.of());
    private static final Caller KUSEI = new Caller("hq-kusei", Role.HQ, null, BUREAU, "ward-administration", Set.of());
    private static final Caller POLICY = new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of());
    private static final Caller CHUO = new Caller("chuo", Role.WARD, "431010", null, null, Set.of());
    private static final Caller CHUO_LIAISON = new Caller("chuo-liaison", Role.LIAISON, "431010", null, null, Set.of());
    private static final Caller CHUO_FLOOR = new Caller("chuo-floor", Role.FLOOR, "431010", null, null, Set.of());
    private static final Caller KITA = new Caller("kita", Role.WARD, "431052", null, null, Set.of());

    @Test
    void anApplicationListHoldsThoseOfTheCallersWardsGroupsOrProgrammes() {
        Subject chuoGroupCityWide = new Subject("431010", null);
        Subject kitaGroupChuoProgramme = new Subject("431052", "431010");
        Subject kitaGroupCityWide = new Subject("431052", null);
        // HQ and administrators see every application
        assertTrue(SupportApplicationPolicy.canRead(POLICY, kitaGroupCityWide));
        assertEquals(Condition.ALL, SupportApplicationPolicy.readScope(POLICY));
        assertEquals(Condition.ALL, SupportApplicationPolicy.readScope(ADMIN));
        // ward staff: their ward's groups (g), and every application to their ward's programmes (p)
        assertTrue(SupportApplicationPolicy.canRead(CHUO, chuoGroupCityWide));
        assertTrue(SupportApplicationPolicy.canRead(CHUO, kitaGroupChuoProgramme));
        assertFalse(SupportApplicationPolicy.canRead(CHUO, kitaGroupCityWide));
        assertEquals(Condition.of("(g.wardCode = :mine or p.wardCode = :mine)", "mine", "431010"),
                SupportApplicationPolicy.readScope(CHUO_LIAISON));
        // floor managers and callers without a token see none
        assertFalse(SupportApplicationPolicy.canRead(CHUO_FLOOR, chuoGroupCityWide));
        assertEquals(Condition.NONE, SupportApplicationPolicy.readScope(CHUO_FLOOR));
        assertEquals(Condition.NONE, SupportApplicationPolicy.readScope(Caller.ANONYMOUS));
    }

    @Test
    void theGroupsWardRecordsAndTheProgrammesOwnerDecides() {
        Subject cityWide = new Subject("431010", null);
        assertEquals(List.of(Action.SUBMIT),
                SupportApplicationPolicy.actions(CHUO_LIAISON, cityWide, ApplicationState.DRAFT, BUREAU));
        assertEquals(List.of(),
                SupportApplicationPolicy.actions(CHUO, cityWide, ApplicationState.UNDER_REVIEW, BUREAU));
        assertEquals(List.of(Action.GRANT, Action.DECLINE),
                SupportApplicationPolicy.actions(KUSEI, cityWide, ApplicationState.UNDER_REVIEW, BUREAU));
        assertEquals(List.of(Action.REPORT),
                SupportApplicationPolicy.actions(CHUO_LIAISON, cityWide, ApplicationState.GRANTED, BUREAU));
        assertTrue(SupportApplicationPolicy.canRead(KITA, new Subject("431052", null)));
        assertFalse(SupportApplicationPolicy.canRead(KITA, cityWide));
    }

    @Test
    void onlyTheWorkflowsStepsAreAllowed() {
        assertEquals(ApplicationState.SETTLED, ApplicationState.ACTIVITY_REPORTED.after(Action.SETTLE));
        assertEquals(List.of(), ApplicationState.DECLINED.allowed());
        var refused = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> ApplicationState.SUBMITTED.after(Action.GRANT));
        assertEquals(409, refused.problemType().status());
    }
}
