package jp.wardhub.organization;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.ProblemException;

/** Who may change the organization registry (administrators) and the duties registry (the contact section). */
public final class OrganizationPolicy {

    private OrganizationPolicy() {
    }

    public static boolean canManageRegistry(Caller caller) {
        return caller.is(Role.ADMIN);
    }

    /** A duty's entry belongs to its contact section: that section's HQ staff and administrators edit it. */
    public static boolean canEditDuty(Caller caller, String contactSection) {
        return caller.is(Role.ADMIN)
                || caller.is(Role.HQ) && contactSection != null && contactSection.equals(caller.sectionCode());
    }

    /** Staff see who their colleagues are (names, ward, section); partner systems and the public do not. */
    static void requireStaff(Caller caller) {
        if (caller.isAnonymous() || caller.is(Role.PARTNER)) {
            throw ProblemException.forbidden("職員の名前を見られるのは職員だけです (staff names are for staff)");
        }
    }

    static void requireManager(Caller caller) {
        if (!canManageRegistry(caller)) {
            throw ProblemException
                    .forbidden("組織情報を変更できるのは管理者だけです (only administrators change the organization registry)");
        }
    }
}
