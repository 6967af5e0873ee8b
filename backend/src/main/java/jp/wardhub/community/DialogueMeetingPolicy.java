package jp.wardhub.community;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/**
 * Who may do what with dialogue meetings (対話集会), as small pure functions.
 *
 * <ul>
 * <li>The ward's staff (WARD, LIAISON) hold and record their ward's meetings and read them; HQ staff read every
 * meeting; administrators do everything.</li>
 * <li>Floor managers, partners and callers without a token have no part; another ward's meeting is, to ward staff, as
 * if it did not exist.</li>
 * </ul>
 */
public final class DialogueMeetingPolicy {

    private DialogueMeetingPolicy() {
    }

    /** Whether the caller reads meetings at all (the list); which ones is {@link #readScope}. */
    public static boolean canReadMeetings(Caller c) {
        return c.is(Role.ADMIN) || c.is(Role.HQ) || CommunityPolicy.isWardStaff(c);
    }

    public static boolean canRead(Caller c, String ward) {
        return c.is(Role.ADMIN) || c.is(Role.HQ) || CommunityPolicy.isWardStaff(c) && c.belongsToWard(ward);
    }

    /** The list's side of {@link #canRead}: the meetings a caller may read, over {@code DialogueMeeting m}. */
    public static Condition readScope(Caller c) {
        if (c.is(Role.ADMIN) || c.is(Role.HQ)) {
            return Condition.ALL;
        }
        if (CommunityPolicy.isWardStaff(c)) {
            return Condition.of("m.wardCode = :myWard", "myWard", c.wardCode());
        }
        return Condition.NONE;
    }

    /** Records a meeting, its minutes and the opinions raised there. */
    public static boolean canHold(Caller c, String ward) {
        return c.is(Role.ADMIN) || CommunityPolicy.isWardStaff(c) && c.belongsToWard(ward);
    }
}
