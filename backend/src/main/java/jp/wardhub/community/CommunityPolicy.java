package jp.wardhub.community;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;

/**
 * The roles community development knows, shared by its policies: each subject has its own policy, as small pure
 * functions ({@link CommunityGroupPolicy}, {@link SupportProgramPolicy}, {@link SupportApplicationPolicy},
 * {@link ProjectPolicy}, {@link DialogueMeetingPolicy}).
 */
public final class CommunityPolicy {

    private CommunityPolicy() {
    }

    /** The staff of a ward who work with its groups: WARD and LIAISON. */
    static boolean isWardStaff(Caller c) {
        return c.is(Role.WARD) || c.is(Role.LIAISON);
    }

    /** Groups, programmes and grant statistics: every staff role that works with groups. */
    public static boolean canReadCommunity(Caller c) {
        return c.is(Role.ADMIN) || c.is(Role.HQ) || isWardStaff(c);
    }
}
