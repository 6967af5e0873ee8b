package jp.wardhub.community;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/**
 * Who may do what with liaison areas (担当地域), as small pure functions.
 *
 * <ul>
 * <li>Administrators and HQ staff read every ward's areas; a ward's staff (WARD, LIAISON) read their own ward's.</li>
 * <li>The ward's WARD staff keep its list of areas and assign its liaison staff to them; administrators any ward's.
 * Liaison staff do not assign themselves.</li>
 * <li>"My areas" is every community reader's own: only liaison staff ever have areas in it.</li>
 * </ul>
 */
public final class AreaPolicy {

    private AreaPolicy() {
    }

    public static boolean canRead(Caller c, String ward) {
        return c.is(Role.ADMIN) || c.is(Role.HQ) || CommunityPolicy.isWardStaff(c) && c.belongsToWard(ward);
    }

    /** The list's side of {@link #canRead}: the areas a caller may read, over {@code CommunityArea a}. */
    public static Condition readScope(Caller c) {
        if (c.is(Role.ADMIN) || c.is(Role.HQ)) {
            return Condition.ALL;
        }
        if (CommunityPolicy.isWardStaff(c)) {
            return Condition.of("a.wardCode = :mine", "mine", c.wardCode());
        }
        return Condition.NONE;
    }

    /** Adding and changing areas and assigning liaison staff to them. */
    public static boolean canManage(Caller c, String ward) {
        return c.is(Role.ADMIN) || c.is(Role.WARD) && c.belongsToWard(ward);
    }

    public static boolean canReadMine(Caller c) {
        return CommunityPolicy.canReadCommunity(c);
    }
}
