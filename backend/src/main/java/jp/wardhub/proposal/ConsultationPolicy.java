package jp.wardhub.proposal;

import java.util.Collection;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/**
 * Who may do what with prior consultations. An HQ bureau opens them and reports on them; only the addressed wards'
 * staff answer, each for its own ward; a bureau sees its own consultations, a ward those addressed to it.
 */
public final class ConsultationPolicy {

    private ConsultationPolicy() {
    }

    public static boolean canReadConsultations(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.HQ) || caller.is(Role.WARD);
    }

    public static boolean canSee(Caller caller, String bureauCode, Collection<String> wardCodes) {
        if (caller.is(Role.ADMIN)) {
            return true;
        }
        if (caller.is(Role.HQ)) {
            return bureauCode.equals(caller.bureauCode());
        }
        return caller.is(Role.WARD) && wardCodes.contains(caller.wardCode());
    }

    /** The list's side of {@link #canSee}: the consultations a caller may see, over {@code Consultation c}. */
    public static Condition readScope(Caller caller) {
        if (caller.is(Role.ADMIN)) {
            return Condition.ALL;
        }
        if (caller.is(Role.HQ) && caller.bureauCode() != null) {
            return Condition.of("c.bureauCode = :bureau", "bureau", caller.bureauCode());
        }
        if (caller.is(Role.WARD) && caller.wardCode() != null) {
            return Condition.of(
                    "exists (select w.id from ConsultationWard w where w.consultationId = c.id and w.wardCode = :ward)",
                    "ward", caller.wardCode());
        }
        return Condition.NONE;
    }

    /** Opening a consultation and reporting on it: the bureau's own staff, or an administrator. */
    public static boolean canManage(Caller caller, String bureauCode) {
        return caller.is(Role.ADMIN)
                || caller.is(Role.HQ) && bureauCode != null && bureauCode.equals(caller.bureauCode());
    }

    /** A ward speaks for itself: only its own ward staff answer, and only if the consultation is addressed to it. */
    public static boolean canRespond(Caller caller, Collection<String> wardCodes) {
        return caller.is(Role.WARD) && wardCodes.contains(caller.wardCode());
    }
}
