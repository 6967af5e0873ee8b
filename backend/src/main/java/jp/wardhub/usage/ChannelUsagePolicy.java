package jp.wardhub.usage;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;

/** Who may import and read channel usage figures. */
public final class ChannelUsagePolicy {

    private ChannelUsagePolicy() {
    }

    /** Headquarters and administrators import the city's exports. */
    public static boolean canImport(Caller c) {
        return c.is(Role.HQ) || c.is(Role.ADMIN);
    }

    /** Headquarters and administrators read every ward, ward staff their own ({@code ward} null: all wards). */
    public static boolean canRead(Caller c, String ward) {
        return c.is(Role.HQ) || c.is(Role.ADMIN) || (c.is(Role.WARD) && ward != null && c.belongsToWard(ward));
    }
}
