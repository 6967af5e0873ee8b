package jp.wardhub.community;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/**
 * Who may do what with community groups and their contact, as small pure functions.
 *
 * <ul>
 * <li>The ward staff (WARD, LIAISON) of the group's ward keep its record and read its contact; administrators
 * everywhere.</li>
 * <li>HQ staff read every group, never the contact. Floor managers and partners have no part.</li>
 * </ul>
 */
public final class CommunityGroupPolicy {

    private CommunityGroupPolicy() {
    }

    public static boolean canRead(Caller c, String groupWard) {
        return c.is(Role.ADMIN) || c.is(Role.HQ) || CommunityPolicy.isWardStaff(c) && c.belongsToWard(groupWard);
    }

    /** The list's side of {@link #canRead}: the groups a caller may read, over {@code CommunityGroup g}. */
    public static Condition readScope(Caller c) {
        if (c.is(Role.ADMIN) || c.is(Role.HQ)) {
            return Condition.ALL;
        }
        if (CommunityPolicy.isWardStaff(c)) {
            return Condition.of("g.wardCode = :mine", "mine", c.wardCode());
        }
        return Condition.NONE;
    }

    public static boolean canManage(Caller c, String groupWard) {
        return c.is(Role.ADMIN) || CommunityPolicy.isWardStaff(c) && c.belongsToWard(groupWard);
    }

    /** The contact is personal data: only for those who keep the group's record. */
    public static boolean canReadContact(Caller c, String groupWard) {
        return canManage(c, groupWard);
    }
}
