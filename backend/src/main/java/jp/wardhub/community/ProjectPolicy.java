package jp.wardhub.community;

import java.util.List;
import java.util.Set;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/**
 * Who may do what with community projects, as small pure functions (dialogue meetings: {@link DialogueMeetingPolicy}).
 *
 * <ul>
 * <li>Anyone, without a token, reads public projects (the city's web site); partners too, and nothing else.</li>
 * <li>Staff of a ward (WARD, LIAISON) read their ward's internal projects; HQ staff and administrators read all.</li>
 * <li>The ward's WARD staff start projects and keep every project of their ward; the liaison staff assigned to a
 * project keep that project (details, status, milestones, activity log); administrators everything.</li>
 * </ul>
 */
public final class ProjectPolicy {

    private ProjectPolicy() {
    }

    public static boolean isStaffReader(Caller c) {
        return c.is(Role.ADMIN) || c.is(Role.HQ) || CommunityPolicy.isWardStaff(c);
    }

    public static boolean canRead(Caller c, String ward, ProjectVisibility visibility) {
        if (visibility == ProjectVisibility.PUBLIC) {
            return true;
        }
        return c.is(Role.ADMIN) || c.is(Role.HQ) || CommunityPolicy.isWardStaff(c) && c.belongsToWard(ward);
    }

    /** The list's side of {@link #canRead}: the projects a caller may read, over {@code CommunityProject p}. */
    public static Condition readScope(Caller c) {
        if (c.is(Role.ADMIN) || c.is(Role.HQ)) {
            return Condition.ALL;
        }
        if (CommunityPolicy.isWardStaff(c)) {
            return Condition.of("(p.visibility = :public or p.wardCode = :myWard)",
                    "public", ProjectVisibility.PUBLIC, "myWard", c.wardCode());
        }
        return Condition.of("p.visibility = :public", "public", ProjectVisibility.PUBLIC);
    }

    public static boolean canCreate(Caller c, String ward) {
        return c.is(Role.ADMIN) || c.is(Role.WARD) && c.belongsToWard(ward);
    }

    /** Details, status, milestones and the activity log. */
    public static boolean canKeep(Caller c, String ward, Set<String> liaisons) {
        return canCreate(c, ward) || c.is(Role.LIAISON) && c.belongsToWard(ward) && liaisons.contains(c.username());
    }

    /** Which liaison staff and groups look after a project stays with the ward's WARD staff. */
    public static boolean canReassign(Caller c, String ward) {
        return canCreate(c, ward);
    }

    public static List<ProjectStatus.Action> actions(Caller c, String ward, Set<String> liaisons,
            ProjectStatus status) {
        return canKeep(c, ward, liaisons) ? status.allowed() : List.of();
    }
}
