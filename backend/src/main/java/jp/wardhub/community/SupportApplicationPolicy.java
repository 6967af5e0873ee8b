package jp.wardhub.community;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    /** A step of an application that, taken by someone, bars them from deciding its grant (四つの目の原則). */
    @Schema(name = "GrantFourEyesStep",
            description = "交付決定できない理由になる、自分が行った手順: 記録 (RECORDED)・提出 (SUBMITTED)・審査 (REVIEWED) (the step you took that bars you from deciding the grant)")
    public enum FourEyesStep {
        RECORDED, SUBMITTED, REVIEWED
    }

    /**
     * 四つの目の原則 (four eyes): the grant is decided by someone other than who recorded, submitted or reviewed the
     * application, administrators included, since the point is that no one moves money alone. The step the caller
     * took that bars them, or null when they may decide (as far as this rule goes).
     */
    public static FourEyesStep fourEyesConflict(Caller c, String recordedBy, String submittedBy, String reviewedBy) {
        String me = c.username();
        if (me.equals(reviewedBy)) {
            return FourEyesStep.REVIEWED;
        }
        if (me.equals(submittedBy)) {
            return FourEyesStep.SUBMITTED;
        }
        return me.equals(recordedBy) ? FourEyesStep.RECORDED : null;
    }

    /** What the caller can do now: the state's actions that the caller may take. */
    public static List<Action> actions(Caller c, Subject a, ApplicationState state, String programBureau) {
        return state.allowed().stream().filter(action -> may(c, a, action, programBureau)).toList();
    }
}
