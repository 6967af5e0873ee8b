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

/** Who reads and holds dialogue meetings, and that each list holds exactly the meetings its reader may read. */
class DialogueMeetingPolicyTest {

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
    void administratorsHoldAndReadEveryMeeting() {
        assertTrue(DialogueMeetingPolicy.canRead(ADMIN, KITA_WARD));
        assertTrue(DialogueMeetingPolicy.canHold(ADMIN, KITA_WARD));
        assertEquals(Condition.ALL, DialogueMeetingPolicy.readScope(ADMIN));
    }

    @Test
    void hqStaffReadEveryMeetingButHoldNone() {
        assertTrue(DialogueMeetingPolicy.canRead(HQ, KITA_WARD));
        assertFalse(DialogueMeetingPolicy.canHold(HQ, KITA_WARD));
        assertEquals(Condition.ALL, DialogueMeetingPolicy.readScope(HQ));
    }

    @Test
    void wardStaffHoldAndReadTheirWardsMeetingsOnly() {
        for (Caller c : List.of(CHUO, CHUO_LIAISON)) {
            assertTrue(DialogueMeetingPolicy.canReadMeetings(c));
            assertTrue(DialogueMeetingPolicy.canRead(c, CHUO_WARD));
            assertTrue(DialogueMeetingPolicy.canHold(c, CHUO_WARD));
            assertFalse(DialogueMeetingPolicy.canRead(c, KITA_WARD));
            assertFalse(DialogueMeetingPolicy.canHold(c, KITA_WARD));
            assertEquals(Condition.of("m.wardCode = :myWard", "myWard", CHUO_WARD), DialogueMeetingPolicy.readScope(c));
        }
    }

    @Test
    void everyoneElseHasNoPart() {
        for (Caller c : List.of(Caller.ANONYMOUS, PARTNER, CHUO_FLOOR)) {
            assertFalse(DialogueMeetingPolicy.canReadMeetings(c));
            assertFalse(DialogueMeetingPolicy.canRead(c, CHUO_WARD));
            assertFalse(DialogueMeetingPolicy.canHold(c, CHUO_WARD));
            assertEquals(Condition.NONE, DialogueMeetingPolicy.readScope(c));
        }
    }
}
