package jp.wardhub.notification;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.notification.NotificationViews.NotificationPage;
import jp.wardhub.notification.NotificationViews.NotificationView;
import jp.wardhub.notification.NotificationViews.ReadAllResult;
import jp.wardhub.platform.PageRequest;

@Path("/api/v1/notifications")
@Tag(name = "notifications", description = "通知 (notifications)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @Operation(summary = "自分宛ての通知", description = "新しい順。unread=true で未読だけ。 My notifications, newest first.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "通知の一覧 (a page of notifications)")
    public NotificationPage listNotifications(
            @Parameter(description = "未読だけ (unread only)", example = "true") @QueryParam("unread") boolean unread,
            @Parameter(example = "0") @QueryParam("page") String page,
            @Parameter(example = "20") @QueryParam("size") String size) {
        return notifications.mine(unread, PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "通知を既読にする", description = "自分宛ての通知だけ。 Only your own notifications.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "既読にした通知 (the notification)")
    public NotificationView markNotificationRead(@Parameter(example = "1") @PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "通知をすべて既読にする", description = "自分宛ての未読をすべて既読にする。 Marks all my unread notifications read.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "既読にした件数 (how many)")
    public ReadAllResult markAllNotificationsRead() {
        return new ReadAllResult(notifications.markAllRead());
    }
}
