package jp.wardhub.community;

import java.util.List;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.community.ApplicationState.Action;
import jp.wardhub.platform.list.Condition;

/**
 * Who may do what with applications to support programmes and their grants, as small pure functions.
 *
 * <ul>
 * <li>Groups have no accounts, so the ward staff (WARD, LIAISON) of the group's ward record, submit and report on its
 * behalf; the programme's owner ({@link SupportProgramPolicy#owns}) decides (review, grant, decline, settle): the WARD
 * staff of the programme's ward, or for a city-wide programme the programme bureau. Administrators do both.</li>
 * <li>HQ staff read all applications; ward staff those of their ward's groups or programmes.</li>
 * </ul>
 */
public final class SupportApplicationPolicy {

    private SupportApplicationPolicy() {
    }

    /** The facts about an application that the rules look at. */
    public record Subject(String groupWard, String programWard) {
    }

    public static boolean canRead(Caller c, Subject a) {
        return c.is(Role.ADMIN) || c.is(Role.HQ)
                || CommunityPolicy.isWardStaff(c)
                        && (c.belongsToWard(a.groupWard()) || c.belongsToWard(a.programWard()));
    }

    /**
     * The list's side of {@link #canRead}: the applications a caller may read, over {@code SupportApplication a} joined
     * to its programme {@code p} and group {@code g}.
     */
    public static Condition readScope(Caller c) {
        if (c.is(Role.ADMIN) || c.is(Role.HQ)) {
            return Condition.ALL;
        }
        if (CommunityPolicy.isWardStaff(c)) {
            return Condition.of("(g.wardCode = :mine or p.wardCode = :mine)", "mine", c.wardCode());
        }
        return Condition.NONE;
    }

    /** Records, submits and reports for the group: its ward's staff. */
    public static boolean recordsFor(Caller c, String groupWard) {
        return CommunityGroupPolicy.canManage(c, groupWard);
    }

    public static boolean may(Caller c, Subject a, Action action, String programBureau) {
        return switch (action) {
            case SUBMIT, REPORT -> recordsFor(c, a.groupWard());
            case REVIEW, GRANT, DECLINE, SETTLE -> SupportProgramPolicy.owns(c, a.programWard(), programBureau);
        };
    }

    /** What the caller can do now: the state's actions that the caller may take. */
    public static List<Action> actions(Caller c, Subject a, ApplicationState state, String programBureau) {
        return state.allowed().stream().filter(action -> may(c, a, action, programBureau)).toList();
    }
}
