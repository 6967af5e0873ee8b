package jp.wardhub.counter;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.Role;
import jp.wardhub.platform.list.Condition;

/**
 * Who may change the counter catalogue. A procedure's rules belong to its owning HQ section (所管課): that section's
 * staff and administrators edit it and its availability. An office's hours belong to its ward: that ward's staff and
 * administrators edit them; channels' hours only administrators. Q&A is drafted by staff and approved by the owning
 * section.
 */
public final class CounterPolicy {

    private CounterPolicy() {
    }

    public static boolean canEditProcedure(Caller caller, String ownerSectionCode) {
        return caller.is(Role.ADMIN)
                || caller.is(Role.HQ) && ownerSectionCode != null && ownerSectionCode.equals(caller.sectionCode());
    }

    public static boolean canEditHours(Caller caller, PlaceKey place, String placeWardCode) {
        if (caller.is(Role.ADMIN)) {
            return true;
        }
        return place.kind() == PlaceKey.Kind.OFFICE && caller.is(Role.WARD) && caller.belongsToWard(placeWardCode);
    }

    public static boolean canDraftFaq(Caller caller) {
        return caller.is(Role.ADMIN) || caller.is(Role.HQ) || caller.is(Role.WARD);
    }

    public static boolean canApproveFaq(Caller caller, String ownerSectionCode) {
        return canEditProcedure(caller, ownerSectionCode);
    }

    /** Staff-only Q&A is for signed-in staff; anonymous callers and partner systems see resident entries only. */
    public static boolean canReadStaffFaq(Caller caller) {
        return !caller.isAnonymous() && !caller.is(Role.PARTNER);
    }

    /** One Q&A entry: staff read every entry; everyone else published resident entries only. */
    public static boolean canReadFaq(Caller caller, FaqAudience audience, boolean published) {
        return canReadStaffFaq(caller) || audience == FaqAudience.RESIDENT && published;
    }

    /** The list's side of {@link #canReadFaq}: the entries a caller may read, over {@code Faq f}. */
    public static Condition faqReadScope(Caller caller) {
        if (canReadStaffFaq(caller)) {
            return Condition.ALL;
        }
        return Condition.of("f.publishedRevision is not null and f.audience = :resident", "resident",
                FaqAudience.RESIDENT);
    }
}
