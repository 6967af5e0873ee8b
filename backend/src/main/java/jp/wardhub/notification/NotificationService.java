package jp.wardhub.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jp.wardhub.auth.CurrentCaller;
import jp.wardhub.notification.NotificationViews.NotificationPage;
import jp.wardhub.notification.NotificationViews.NotificationView;
import jp.wardhub.organization.StaffService;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.retry.RetryOnConflict;

/**
 * Notifications for staff. Features call {@link #toUsers}, {@link #toWard} or {@link #toBureau} inside their own
 * transaction, so a notification exists exactly when the change that caused it does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@RetryOnConflict
public class NotificationService {

    /** What a notification says and where it leads. {@code dedupeKey} (optional) makes it once per recipient. */
    public record Message(String kind, String titleJa, String titleEn, String link, String dedupeKey) {
    }

    @Inject
    StaffService staff;

    @Inject
    CurrentCaller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void toUsers(Collection<String> usernames, Message message) {
        Instant now = Instant.now();
        for (String recipient : new LinkedHashSet<>(usernames)) {
            if (message.dedupeKey() != null
                    && Notification.count("recipient = ?1 and dedupeKey = ?2", recipient, message.dedupeKey()) > 0) {
                continue;
            }
            Notification n = new Notification();
            n.recipient = recipient;
            n.kind = message.kind();
            n.titleJa = message.titleJa();
            n.titleEn = message.titleEn();
            n.link = message.link();
            n.dedupeKey = message.dedupeKey();
            n.createdAt = now;
            n.persist();
        }
    }

    /** Every active ward-staff account (WARD role) of the ward. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toWard(String wardCode, Message message) {
        toUsers(staff.wardStaff(wardCode), message);
    }

    /** Every active HQ account of the bureau. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toBureau(String bureauCode, Message message) {
        toUsers(staff.bureauStaff(bureauCode), message);
    }

    public NotificationPage mine(boolean unreadOnly, PageRequest page) {
        String me = caller.get().username();
        var query = unreadOnly
                ? Notification.<Notification>find("recipient = ?1 and readAt is null",
                        Sort.descending("createdAt", "id"), me)
                : Notification.<Notification>find("recipient", Sort.descending("createdAt", "id"), me);
        List<NotificationView> items = query.page(Page.of(page.page(), page.size())).list().stream()
                .map(NotificationService::view).toList();
        long unread = Notification.count("recipient = ?1 and readAt is null", me);
        return new NotificationPage(items, page.page(), page.size(), query.count(), unread);
    }

    @Transactional
    public NotificationView markRead(long id) {
        Notification n = Notification.<Notification>findByIdOptional(id)
                .filter(found -> found.recipient.equals(caller.get().username())) // others' notifications do not exist for you
                .orElseThrow(() -> ProblemException.notFound("通知", "notification", id));
        if (n.readAt == null) {
            n.readAt = Instant.now();
        }
        return view(n);
    }

    @Transactional
    public long markAllRead() {
        return Notification.update("readAt = ?1 where recipient = ?2 and readAt is null", Instant.now(),
                caller.get().username());
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id, n.kind, n.titleJa, n.titleEn, n.link, n.createdAt, n.readAt);
    }
}
