package jp.wardhub.queue;

import jp.wardhub.auth.Caller;
import jp.wardhub.auth.PartnerClientService;
import jp.wardhub.auth.Role;

/**
 * Who may do what on an office's counter floor. Every rule is about one office, identified by its id and ward:
 * <ul>
 * <li><b>Read</b> the floor (windows, lanes) and the waiting board: anyone, signed in or not; neither holds personal
 * data.</li>
 * <li><b>Edit</b> windows and lanes: ward staff of the office's ward, and administrators.</li>
 * <li><b>Issue</b> a ticket: floor managers and ward staff of the office's ward, and a kiosk device registered for
 * this office with scope {@code queue:issue}.</li>
 * <li><b>Serve</b> at a window (call next, recall, start, finish, no-show): ward staff of the office's ward.</li>
 * <li><b>Guide</b> a visitor (transfer to another lane, cancel): ward staff and floor managers of the ward.</li>
 * <li><b>Read tickets</b> (the console's and the floor manager's lists): ward staff and floor managers of the
 * ward.</li>
 * </ul>
 */
public final class FloorPolicy {

    private FloorPolicy() {
    }

    public static boolean canEdit(Caller c, String officeWard) {
        return c.is(Role.ADMIN) || c.is(Role.WARD) && c.belongsToWard(officeWard);
    }

    public static boolean canIssue(Caller c, long officeId, String officeWard) {
        return isFloorStaff(c, officeWard)
                || c.isDeviceOf(officeId) && c.hasScope(PartnerClientService.QUEUE_ISSUE);
    }

    public static boolean canServe(Caller c, String officeWard) {
        return c.is(Role.WARD) && c.belongsToWard(officeWard);
    }

    public static boolean canGuide(Caller c, String officeWard) {
        return isFloorStaff(c, officeWard);
    }

    public static boolean canReadTickets(Caller c, String officeWard) {
        return isFloorStaff(c, officeWard);
    }

    private static boolean isFloorStaff(Caller c, String officeWard) {
        return (c.is(Role.WARD) || c.is(Role.FLOOR)) && c.belongsToWard(officeWard);
    }
}
