package jp.wardhub.usage;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;

/**
 * Who reads the counter usage statistics (窓口利用統計): administrators and HQ staff every office; ward staff the
 * offices of their own ward. Floor managers, liaison staff and partner systems (kiosks included) do not: the figures
 * are for planning staffing, not for running the floor.
 */
public final class CounterStatsPolicy {

    private CounterStatsPolicy() {
    }

    public static boolean canRead(Caller c) {
        return c.is(Role.ADMIN) || c.is(Role.HQ) || c.is(Role.WARD) && c.wardCode() != null;
    }

    public static boolean canReadWard(Caller c, String ward) {
        return c.is(Role.ADMIN) || c.is(Role.HQ) || c.is(Role.WARD) && c.belongsToWard(ward);
    }

    /** The ward a caller is limited to, or null when they read every ward. */
    public static String ownWard(Caller c) {
        return c.is(Role.WARD) ? c.wardCode() : null;
    }
}
