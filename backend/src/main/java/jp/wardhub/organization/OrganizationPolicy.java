package jp.wardhub.organization;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.ProblemException;

/** Who may change the organization registry: administrators only. Everyone may read it. */
public final class OrganizationPolicy {

    private OrganizationPolicy() {
    }

    public static boolean canManageRegistry(Caller caller) {
        return caller.is(Role.ADMIN);
    }

    static void requireManager(Caller caller) {
        if (!canManageRegistry(caller)) {
            throw ProblemException.forbidden("組織情報を変更できるのは管理者だけです (only administrators change the organization registry)");
        }
    }
}
