package jp.wardhub.community;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/**
 * Who may do what with support programmes (支援制度), as small pure functions.
 *
 * <ul>
 * <li>A ward's programme is created by that ward's WARD staff, a city-wide one by HQ staff of the programme bureau
 * (文化市民局); administrators both.</li>
 * <li>Every staff role but floor managers reads them, and the grant statistics.</li>
 * </ul>
 */
public final class SupportProgramPolicy {

    private SupportProgramPolicy() {
    }

    /** Programmes are read whole: every programme by anyone who reads community development, none by others. */
    public static boolean canRead(Caller c) {
        return CommunityPolicy.canReadCommunity(c);
    }

    /** The list's side of {@link #canRead}: all programmes or none. */
    public static Condition readScope(Caller c) {
        return canRead(c) ? Condition.ALL : Condition.NONE;
    }

    /** {@code programWard} null is a city-wide programme, owned by {@code programBureau}. */
    public static boolean owns(Caller c, String programWard, String programBureau) {
        if (c.is(Role.ADMIN)) {
            return true;
        }
        return programWard == null
                ? c.is(Role.HQ) && programBureau.equals(c.bureauCode())
                : c.is(Role.WARD) && c.belongsToWard(programWard);
    }
}
