package jp.wardhub.community;

import java.util.List;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.community.ApplicationState.Action;
import jp.wardhub.platform.list.Condition;

/**
 * Who may do what in community development, as small pure functions.
 *
 * <ul>
 * <li><b>Groups</b>: the ward staff (WARD, LIAISON) of the group's ward keep its record and read its contact;
 * administrators everywhere. HQ staff read every group, never the contact. Floor managers and partners have no part.</li>
 * <li><b>Programmes</b>: a ward's programme is created by that ward's WARD staff, a city-wide one by HQ staff of the
 * programme bureau (文化市民局); administrators both. Every staff role but floor managers reads them.</li>
 * <li><b>Applications</b>: groups have no accounts, so the ward staff (WARD, LIAISON) of the group's ward record,
 * submit and report on its behalf; the programme's owner decides (review, grant, decline, settle): the WARD staff of
 * the programme's ward, or for a city-wide programme the programme bureau. Administrators do both. HQ staff read all
 * applications; ward staff those of their ward's groups or programmes.</li>
 * </ul>
 *
 * Each single-record read rule has its list's side beside it ({@code ...ReadScope}): the condition a list adds so it
 * holds exactly the records the rule lets the caller read.
 */
public final class CommunityPolicy {

    private CommunityPolicy() {
    }

    static boolean isWardStaff(Caller c) {
        return c.is(Role.WARD) || c.is(Role.LIAISON);
    }

    /** Programmes and grant statistics: every staff role that works with groups. */
    public static boolean canReadCommunity(Caller c) {
        return c.is(Role.ADMIN) || c.is(Role.HQ) || isWardStaff(c);
    }

    /** Programmes are read whole: every programme by anyone who reads community development, none by others. */
    public static Condition programReadScope(Caller c) {
        return canReadCommunity(c) ? Condition.ALL : Condition.NONE;
    }

    public static boolean canSeeGroup(Caller c, String groupWard) {
        return c.is(Role.ADMIN) || c.is(Role.HQ) || isWardStaff(c) && c.belongsToWard(groupWard);
    }

    /** The list's side of {@link #canSeeGroup}: the groups a caller may read, over {@code CommunityGroup g}. */
    public static Condition groupReadScope(Caller c) {
        if (c.is(Role.ADMIN) || c.is(Role.HQ)) {
            return Condition.ALL;
        }
        if (isWardStaff(c)) {
            return Condition.of("g.wardCode = :mine", "mine", c.wardCode());
        }
        return Condition.NONE;
    }

    public static boolean canManageGroup(Caller c, String groupWard) {
        return c.is(Role.ADMIN) || isWardStaff(c) && c.belongsToWard(groupWard);
    }

    /** The contact is personal data: only for those who keep the group's record. */
    public static boolean canReadContact(Caller c, String groupWard) {
        return canManageGroup(c, groupWard);
    }

    /** {@code programWard} null is a city-wide programme, owned by {@code programBureau}. */
    public static boolean ownsProgram(Caller c, String programWard, String programBureau) {
        if (c.is(Role.ADMIN)) {
            return true;
        }
        return programWard == null
                ? c.is(Role.HQ) && programBureau.equals(c.bureauCode())
                : c.is(Role.WARD) && c.belongsToWard(programWard);
    }

    /** The facts about an application that the rules look at. */
    public record Subject(String groupWard, String programWard) {
    }

    public static boolean canSeeApplication(Caller c, Subject a) {
        return c.is(Role.ADMIN) || c.is(Role.HQ)
                || isWardStaff(c) && (c.belongsToWard(a.groupWard()) || c.belongsToWard(a.programWard()));
    }

    /**
     * The list's side of {@link #canSeeApplication}: the applications a caller may read, over
     * {@code SupportApplication a} joined to its programme {@code p} and group {@code g}.
     */
    public static Condition applicationReadScope(Caller c) {
        if (c.is(Role.ADMIN) || c.is(Role.HQ)) {
            return Condition.ALL;
        }
        if (isWardStaff(c)) {
            return Condition.of("(g.wardCode = :mine or p.wardCode = :mine)", "mine", c.wardCode());
        }
        return Condition.NONE;
    }

    /** Records, submits and reports for the group: its ward's staff. */
    public static boolean recordsFor(Caller c, String groupWard) {
        return canManageGroup(c, groupWard);
    }

    public static boolean may(Caller c, Subject a, Action action, String programBureau) {
        return switch (action) {
            case SUBMIT, REPORT -> recordsFor(c, a.groupWard());
            case REVIEW, GRANT, DECLINE, SETTLE -> ownsProgram(c, a.programWard(), programBureau);
        };
    }

    /** What the caller can do now: the state's actions that the caller may take. */
    public static List<Action> actions(Caller c, Subject a, ApplicationState state, String programBureau) {
        return state.allowed().stream().filter(action -> may(c, a, action, programBureau)).toList();
    }
}
