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
import jp.wardhub.community.CommunityPolicy.Subject;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.list.Condition;

/** The community rules as pure functions, and the one place that decides an application's transitions. */
class CommunityPolicyTest {

    private static final String BUREAU = "culture-citizens";
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null, null, Set.of());
    private static final Caller KUSEI = new Caller("hq-kusei", Role.HQ, null, BUREAU, "ward-administration", Set.of());
    private static final Caller POLICY = new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of());
    private static final Caller CHUO = new Caller("chuo", Role.WARD, "431010", null, null, Set.of());
    private static final Caller CHUO_LIAISON = new Caller("chuo-liaison", Role.LIAISON, "431010", null, null, Set.of());
    private static final Caller CHUO_FLOOR = new Caller("chuo-floor", Role.FLOOR, "431010", null, null, Set.of());
    private static final Caller KITA = new Caller("kita", Role.WARD, "431052", null, null, Set.of());

    @Test
    void groupsAreKeptByTheirWardsStaffAndReadByHq() {
        assertTrue(CommunityPolicy.canManageGroup(CHUO_LIAISON, "431010"));
        assertFalse(CommunityPolicy.canManageGroup(KITA, "431010"));
        assertFalse(CommunityPolicy.canManageGroup(POLICY, "431010"));
        assertTrue(CommunityPolicy.canSeeGroup(POLICY, "431010"));
        assertFalse(CommunityPolicy.canSeeGroup(CHUO_FLOOR, "431010"));
        assertFalse(CommunityPolicy.canReadContact(POLICY, "431010"));
        assertTrue(CommunityPolicy.canReadContact(ADMIN, "431010"));
    }

    @Test
    void aGroupListHoldsTheGroupsTheCallerMaySee() {
        // HQ and administrators see every group, so their list is not narrowed
        assertTrue(CommunityPolicy.canSeeGroup(ADMIN, "431052") && CommunityPolicy.canSeeGroup(POLICY, "431052"));
        assertEquals(Condition.ALL, CommunityPolicy.groupReadScope(ADMIN));
        assertEquals(Condition.ALL, CommunityPolicy.groupReadScope(POLICY));
        // ward staff see their own ward's groups, and their list holds those
        assertTrue(CommunityPolicy.canSeeGroup(CHUO_LIAISON, "431010"));
        assertFalse(CommunityPolicy.canSeeGroup(CHUO_LIAISON, "431052"));
        assertEquals(Condition.of("g.wardCode = :mine", "mine", "431010"), CommunityPolicy.groupReadScope(CHUO_LIAISON));
        assertEquals(Condition.of("g.wardCode = :mine", "mine", "431052"), CommunityPolicy.groupReadScope(KITA));
        // floor managers and callers without a token see none
        assertFalse(CommunityPolicy.canSeeGroup(CHUO_FLOOR, "431010"));
        assertEquals(Condition.NONE, CommunityPolicy.groupReadScope(CHUO_FLOOR));
        assertFalse(CommunityPolicy.canSeeGroup(Caller.ANONYMOUS, "431010"));
        assertEquals(Condition.NONE, CommunityPolicy.groupReadScope(Caller.ANONYMOUS));
    }

    @Test
    void programmesAreReadWholeByEveryStaffRoleThatWorksWithGroups() {
        for (Caller reader : List.of(ADMIN, KUSEI, POLICY, CHUO, CHUO_LIAISON, KITA)) {
            assertTrue(CommunityPolicy.canReadCommunity(reader));
            assertEquals(Condition.ALL, CommunityPolicy.programReadScope(reader));
        }
        for (Caller other : List.of(CHUO_FLOOR, Caller.ANONYMOUS)) {
            assertFalse(CommunityPolicy.canReadCommunity(other));
            assertEquals(Condition.NONE, CommunityPolicy.programReadScope(other));
        }
    }

    @Test
    void anApplicationListHoldsThoseOfTheCallersWardsGroupsOrProgrammes() {
        Subject chuoGroupCityWide = new Subject("431010", null);
        Subject kitaGroupChuoProgramme = new Subject("431052", "431010");
        Subject kitaGroupCityWide = new Subject("431052", null);
        // HQ and administrators see every application
        assertTrue(CommunityPolicy.canSeeApplication(POLICY, kitaGroupCityWide));
        assertEquals(Condition.ALL, CommunityPolicy.applicationReadScope(POLICY));
        assertEquals(Condition.ALL, CommunityPolicy.applicationReadScope(ADMIN));
        // ward staff: their ward's groups (g), and every application to their ward's programmes (p)
        assertTrue(CommunityPolicy.canSeeApplication(CHUO, chuoGroupCityWide));
        assertTrue(CommunityPolicy.canSeeApplication(CHUO, kitaGroupChuoProgramme));
        assertFalse(CommunityPolicy.canSeeApplication(CHUO, kitaGroupCityWide));
        assertEquals(Condition.of("(g.wardCode = :mine or p.wardCode = :mine)", "mine", "431010"),
                CommunityPolicy.applicationReadScope(CHUO_LIAISON));
        // floor managers and callers without a token see none
        assertFalse(CommunityPolicy.canSeeApplication(CHUO_FLOOR, chuoGroupCityWide));
        assertEquals(Condition.NONE, CommunityPolicy.applicationReadScope(CHUO_FLOOR));
        assertEquals(Condition.NONE, CommunityPolicy.applicationReadScope(Caller.ANONYMOUS));
    }

    @Test
    void aProgrammeIsOwnedByItsWardOrForTheCityByTheProgrammeBureau() {
        assertTrue(CommunityPolicy.ownsProgram(CHUO, "431010", BUREAU));
        assertFalse(CommunityPolicy.ownsProgram(CHUO_LIAISON, "431010", BUREAU));
        assertFalse(CommunityPolicy.ownsProgram(CHUO, null, BUREAU));
        assertTrue(CommunityPolicy.ownsProgram(KUSEI, null, BUREAU));
        assertFalse(CommunityPolicy.ownsProgram(POLICY, null, BUREAU));
        assertFalse(CommunityPolicy.ownsProgram(KUSEI, "431010", BUREAU));
    }

    @Test
    void theGroupsWardRecordsAndTheProgrammesOwnerDecides() {
        Subject cityWide = new Subject("431010", null);
        assertEquals(List.of(Action.SUBMIT), CommunityPolicy.actions(CHUO_LIAISON, cityWide, ApplicationState.DRAFT, BUREAU));
        assertEquals(List.of(), CommunityPolicy.actions(CHUO, cityWide, ApplicationState.UNDER_REVIEW, BUREAU));
        assertEquals(List.of(Action.GRANT, Action.DECLINE), CommunityPolicy.actions(KUSEI, cityWide, ApplicationState.UNDER_REVIEW, BUREAU));
        assertEquals(List.of(Action.REPORT), CommunityPolicy.actions(CHUO_LIAISON, cityWide, ApplicationState.GRANTED, BUREAU));
        assertTrue(CommunityPolicy.canSeeApplication(KITA, new Subject("431052", null)));
        assertFalse(CommunityPolicy.canSeeApplication(KITA, cityWide));
    }

    @Test
    void onlyTheWorkflowsStepsAreAllowed() {
        assertEquals(ApplicationState.SETTLED, ApplicationState.ACTIVITY_REPORTED.after(Action.SETTLE));
        assertEquals(List.of(), ApplicationState.DECLINED.allowed());
        var refused = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class, () -> ApplicationState.SUBMITTED.after(Action.GRANT));
        assertEquals(409, refused.problemType().status());
    }

    @Test
    void theRateCapIsRoundedDownToTheYen() {
        assertEquals(100_000, new SubsidyRate(1, 2).capFor(200_001));
        assertEquals(133_333, new SubsidyRate(2, 3).capFor(200_000));
        assertEquals("66.6", new SubsidyRate(2, 3).percent().toPlainString());
    }
}
