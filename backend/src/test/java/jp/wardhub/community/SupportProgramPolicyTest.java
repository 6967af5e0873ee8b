package jp.wardhub.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/** The support programme rules as pure functions. */
class SupportProgramPolicyTest {

    private static final String BUREAU = "culture-citizens";
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null, null, Set.of());
    private static final Caller KUSEI = new Caller("hq-kusei", Role.HQ, null, BUREAU, "ward-administration", Set.of());
    private static final Caller POLICY = new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of());
    private static final Caller CHUO = new Caller("chuo", Role.WARD, "431010", null, null, Set.of());
    private static final Caller CHUO_LIAISON = new Caller("chuo-liaison", Role.LIAISON, "431010", null, null, Set.of());
    private static final Caller CHUO_FLOOR = new Caller("chuo-floor", Role.FLOOR, "431010", null, null, Set.of());
    private static final Caller KITA = new Caller("kita", Role.WARD, "431052", null, null, Set.of());

    @Test
    void programmesAreReadWholeByEveryStaffRoleThatWorksWithGroups() {
        for (Caller reader : List.of(ADMIN, KUSEI, POLICY, CHUO, CHUO_LIAISON, KITA)) {
            assertTrue(SupportProgramPolicy.canRead(reader));
            assertEquals(Condition.ALL, SupportProgramPolicy.readScope(reader));
        }
        for (Caller other : List.of(CHUO_FLOOR, Caller.ANONYMOUS)) {
            assertFalse(SupportProgramPolicy.canRead(other));
            assertEquals(Condition.NONE, SupportProgramPolicy.readScope(other));
        }
    }

    @Test
    void aProgrammeIsOwnedByItsWardOrForTheCityByTheProgrammeBureau() {
        assertTrue(SupportProgramPolicy.owns(CHUO, "431010", BUREAU));
        assertFalse(SupportProgramPolicy.owns(CHUO_LIAISON, "431010", BUREAU));
        assertFalse(SupportProgramPolicy.owns(CHUO, null, BUREAU));
        assertTrue(SupportProgramPolicy.owns(KUSEI, null, BUREAU));
        assertFalse(SupportProgramPolicy.owns(POLICY, null, BUREAU));
        assertFalse(SupportProgramPolicy.owns(KUSEI, "431010", BUREAU));
    }

    @Test
    void theRateCapIsRoundedDownToTheYen() {
        assertEquals(100_000, new SubsidyRate(1, 2).capFor(200_001));
        assertEquals(133_333, new SubsidyRate(2, 3).capFor(200_000));
        assertEquals("66.6", new SubsidyRate(2, 3).percent().toPlainString());
    }
}
