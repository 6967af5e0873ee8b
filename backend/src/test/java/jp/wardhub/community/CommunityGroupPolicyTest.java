package jp.wardhub.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/** The community group rules as pure functions. */
class CommunityGroupPolicyTest {

    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null, null, Set.of());
    private static final Caller POLICY = new Caller("hq", Role.HQ, null, "policy", "ward-coordination", Set.of());
    private static final Caller CHUO_LIAISON = new Caller("chuo-liaison", Role.LIAISON, "431010", null, null, Set.of());
    private static final Caller CHUO_FLOOR = new Caller("chuo-floor", Role.FLOOR, "431010", null, null, Set.of());
    private static final Caller KITA = new Caller("kita", Role.WARD, "431052", null, null, Set.of());

    @Test
    void groupsAreKeptByTheirWardsStaffAndReadByHq() {
        assertTrue(CommunityGroupPolicy.canManage(CHUO_LIAISON, "431010"));
        assertFalse(CommunityGroupPolicy.canManage(KITA, "431010"));
        assertFalse(CommunityGroupPolicy.canManage(POLICY, "431010"));
        assertTrue(CommunityGroupPolicy.canRead(POLICY, "431010"));
        assertFalse(CommunityGroupPolicy.canRead(CHUO_FLOOR, "431010"));
        assertFalse(CommunityGroupPolicy.canReadContact(POLICY, "431010"));
        assertTrue(CommunityGroupPolicy.canReadContact(ADMIN, "431010"));
    }

    @Test
    void aGroupListHoldsTheGroupsTheCallerMaySee() {
        // HQ and administrators see every group, so their list is not narrowed
        assertTrue(CommunityGroupPolicy.canRead(ADMIN, "431052") && CommunityGroupPolicy.canRead(POLICY, "431052"));
        assertEquals(Condition.ALL, CommunityGroupPolicy.readScope(ADMIN));
        assertEquals(Condition.ALL, CommunityGroupPolicy.readScope(POLICY));
        // ward staff see their own ward's groups, and their list holds those
        assertTrue(CommunityGroupPolicy.canRead(CHUO_LIAISON, "431010"));
        assertFalse(CommunityGroupPolicy.canRead(CHUO_LIAISON, "431052"));
        assertEquals(Condition.of("g.wardCode = :mine", "mine", "431010"),
                CommunityGroupPolicy.readScope(CHUO_LIAISON));
        assertEquals(Condition.of("g.wardCode = :mine", "mine", "431052"), CommunityGroupPolicy.readScope(KITA));
        // floor managers and callers without a token see none
        assertFalse(CommunityGroupPolicy.canRead(CHUO_FLOOR, "431010"));
        assertEquals(Condition.NONE, CommunityGroupPolicy.readScope(CHUO_FLOOR));
        assertFalse(CommunityGroupPolicy.canRead(Caller.ANONYMOUS, "431010"));
        assertEquals(Condition.NONE, CommunityGroupPolicy.readScope(Caller.ANONYMOUS));
    }
}
