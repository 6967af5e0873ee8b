package jp.wardhub.notification;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Notification response bodies. */
public final class NotificationViews {

    private NotificationViews() {
    }

    @Schema(name = "Notification", description = "通知 (a notification)")
    public record NotificationView(long id, @Schema(examples = "voice-assigned") String kind,
            @Schema(examples = "区民の声 V-2026-000123 が割り当てられました") String titleJa,
            @Schema(examples = "Voice V-2026-000123 was assigned to you") String titleEn,
            @Schema(examples = "/voices/123") String link, Instant createdAt, @Schema(nullable = true) Instant readAt) {
    }

    @Schema(name = "NotificationPage", description = "自分宛ての通知 (my notifications)")
    public record NotificationPage(List<NotificationView> items, int page, int size, long total,
            @Schema(description = "未読の件数 (unread count)") long unread) {
    }

    @Schema(name = "ReadAllResult", description = "既読にした件数 (how many were marked read)")
    public record ReadAllResult(long marked) {
    }
}
