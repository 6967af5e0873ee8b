package jp.wardhub.voice;

import java.util.List;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;
import jp.wardhub.voice.VoiceState.Action;

/**
 * Who may do what with residents' voices, as small pure functions.
 *
 * <ul>
 * <li><b>Take in</b>: every staff role (ward roles for their own ward only) and partner systems with
 * {@value #WRITE_SCOPE}.</li>
 * <li><b>Coordinate</b> (triage, assign, transfer, close, decide publication): administrators, the HQ section that
 * coordinates residents' voices, and the ward staff (WARD) of the voice's ward.</li>
 * <li><b>Handle</b> (answer, transfer, close, decide publication, and read the personal data): administrators, the WARD
 * staff of the assigned ward or the HQ staff of the assigned section; before assignment, the WARD staff of the
 * voice's ward.</li>
 * <li><b>Read</b>: administrators and HQ staff all voices; WARD, FLOOR and LIAISON staff those of their ward or
 * assigned to it; partners those they sent.</li>
 * </ul>
 */
public final class VoicePolicy {

    public static final String WRITE_SCOPE = "voices:write";

    private VoicePolicy() {
    }

    /** The facts about a voice that the rules look at. */
    public record Subject(String wardCode, String assignedWardCode, String assignedSectionCode, String createdBy) {

        static Subject of(Voice v) {
            return new Subject(v.wardCode, v.assignedWardCode, v.assignedSectionCode, v.createdBy);
        }

        boolean assigned() {
            return assignedWardCode != null || assignedSectionCode != null;
        }
    }

    public static boolean isPartner(Caller c) {
        return c.is(Role.PARTNER);
    }

    static boolean isWardRole(Caller c) {
        return c.is(Role.WARD) || c.is(Role.FLOOR) || c.is(Role.LIAISON);
    }

    public static boolean canTakeIn(Caller c, String wardCode) {
        if (c.is(Role.PARTNER)) {
            return c.hasScope(WRITE_SCOPE);
        }
        if (isWardRole(c)) {
            return c.belongsToWard(wardCode);
        }
        return c.is(Role.ADMIN) || c.is(Role.HQ);
    }

    public static boolean canRead(Caller c, Subject v) {
        if (c.is(Role.ADMIN) || c.is(Role.HQ)) {
            return true;
        }
        if (isWardRole(c)) {
            return c.wardCode() != null && (c.belongsToWard(v.wardCode()) || c.belongsToWard(v.assignedWardCode()));
        }
        return c.is(Role.PARTNER) && c.username().equals(v.createdBy());
    }

    /**
     * The list's side of {@link #canRead}: the voices a caller may read, over {@code Voice v}. A ward role without a
     * ward reads none, as {@link #canRead} says.
     */
    public static Condition readScope(Caller c) {
        if (c.is(Role.ADMIN) || c.is(Role.HQ)) {
            return Condition.ALL;
        }
        if (isWardRole(c)) {
            // Written as IN rather than OR: an OR of the two indexed columns invites an index merge that must sort
            // every voice of the ward before a page is cut; this form lets the newest-first index be read in order.
            return c.wardCode() == null ? Condition.NONE
                    : Condition.of(":myWard in (v.wardCode, v.assignedWardCode)", "myWard", c.wardCode());
        }
        if (c.is(Role.PARTNER)) {
            return Condition.of("v.createdBy = :me", "me", c.username());
        }
        return Condition.NONE;
    }

    /**
     * {@link #readScope} as disjoint parts whose counts add up to its count, each read through its own index: a ward
     * officer's voices are those of the ward and those from elsewhere assigned to it (at 1,000,000 voices the test of
     * either column on every voice took 0.5–0.6 s per count or grouping). Empty when the scope is one part.
     */
    public static List<Condition> readScopeParts(Caller c) {
        if (!isWardRole(c) || c.wardCode() == null) {
            return List.of();
        }
        return List.of(Condition.of("v.wardCode = :myWard", "myWard", c.wardCode()),
                Condition.of("v.assignedWardCode = :myWard and (v.wardCode is null or v.wardCode <> :myWard)",
                        "myWard", c.wardCode()));
    }

    public static boolean coordinates(Caller c, Subject v, String coordinatorSection) {
        return c.is(Role.ADMIN)
                || c.is(Role.HQ) && coordinatorSection.equals(c.sectionCode())
                || c.is(Role.WARD) && c.belongsToWard(v.wardCode());
    }

    public static boolean handles(Caller c, Subject v) {
        if (c.is(Role.ADMIN)) {
            return true;
        }
        if (!v.assigned()) {
            return c.is(Role.WARD) && c.belongsToWard(v.wardCode());
        }
        return v.assignedWardCode() != null && c.is(Role.WARD) && c.belongsToWard(v.assignedWardCode())
                || v.assignedSectionCode() != null && c.is(Role.HQ) && v.assignedSectionCode().equals(c.sectionCode());
    }

    public static boolean may(Caller c, Subject v, Action action, String coordinatorSection) {
        return switch (action) {
            case TRIAGE, ASSIGN -> coordinates(c, v, coordinatorSection);
            case ANSWER -> handles(c, v);
            case TRANSFER, CLOSE, PUBLISH -> coordinates(c, v, coordinatorSection) || handles(c, v);
        };
    }

    /** Categories are corrected by those who may transfer or close the voice: its coordinators and handlers. */
    public static boolean canCategorize(Caller c, Subject v, String coordinatorSection) {
        return coordinates(c, v, coordinatorSection) || handles(c, v);
    }

    /** The personal data is for those who handle the voice, and no one else. */
    public static boolean canReadPersonalData(Caller c, Subject v) {
        return handles(c, v);
    }

    /** What the caller can do now: the state's actions that the caller may take. */
    public static List<Action> actions(Caller c, Subject v, VoiceState state, String coordinatorSection) {
        return state.allowed().stream().filter(a -> may(c, v, a, coordinatorSection)).toList();
    }
}
