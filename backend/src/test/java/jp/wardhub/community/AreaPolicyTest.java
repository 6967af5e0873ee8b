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

/** Who reads and keeps liaison areas: the rule for one area and the list's condition, side by side. */
class AreaPolicyTest {

    private static final String CHUO_WARD = "431010";
    private static final String KITA_WARD = "431052";
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null, null, Set.of());
    private static final Caller HQ = new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of());
    private static final Caller CHUO = new Caller("chuo", Role.WARD, CHUO_WARD, null, null, Set.of());
    private static final Caller CHUO_LIAISON = new Caller("chuo-liaison", Role.LIAISON, CHUO_WARD, null, null,
            Set.of());
    private static final Caller CHUO_FLOOR = new Caller("chuo-floor", Role.FLOOR, CHUO_WARD, null, null, Set.of());
    private static final Caller PARTNER = new Caller("partner", Role.PARTNER, null, null, null, Set.of("open311"));

    @Test
    void hqAndAdministratorsReadEveryWardsAreas() {
        for (Caller c : List.of(ADMIN, HQ)) {
            assertTrue(AreaPolicy.canRead(c, KITA_WARD));
            assertEquals(Condition.ALL, AreaPolicy.readScope(c));
            assertTrue(AreaPolicy.canReadMine(c));
        }
    }

    @Test
    void wardStaffReadTheirOwnWardsAreas() {
        for (Caller c : List.of(CHUO, CHUO_LIAISON)) {
            assertTrue(AreaPolicy.canRead(c, CHUO_WARD));
            assertFalse(AreaPolicy.canRead(c, KITA_WARD));
            assertEquals(Condition.of("a.wardCode = :mine", "mine", CHUO_WARD), AreaPolicy.readScope(c));
            assertTrue(AreaPolicy.canReadMine(c));
        }
    }

    @Test
    void floorManagersPartnersAndAnonymousReadNone() {
        for (Caller c : List.of(CHUO_FLOOR, PARTNER, Caller.ANONYMOUS)) {
            assertFalse(AreaPolicy.canRead(c, CHUO_WARD));
            assertEquals(Condition.NONE, AreaPolicy.readScope(c));
            assertFalse(AreaPolicy.canReadMine(c));
        }
    }

    @Test
    void theWardsWardStaffAndAdministratorsAssignLiaisonStaffButNotTheLiaisonStaffThemselves() {
        assertTrue(AreaPolicy.canManage(CHUO, CHUO_WARD));
        assertFalse(AreaPolicy.canManage(CHUO, KITA_WARD));
        assertTrue(AreaPolicy.canManage(ADMIN, KITA_WARD));
        for (Caller c : List.of(CHUO_LIAISON, HQ, CHUO_FLOOR, PARTNER, Caller.ANONYMOUS)) {
            assertFalse(AreaPolicy.canManage(c, CHUO_WARD), c.username());
        }
    }
}
