package jp.wardhub.notification;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.notification.NotificationService.Message;

@QuarkusTest
class NotificationResourceTest {

    @Inject
    NotificationService notifications;

    private Message message(String titleJa, String dedupe) {
        return new Message("test", titleJa, "Test", "/counter", dedupe);
    }

    @Test
    void aWardsStaffAreToldAndOnlyTheyMayMarkItRead() {
        String title = "試験通知 " + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> notifications.toWard("431052", message(title, null)));
        var mine = as("kita").get("/api/v1/notifications?unread=true&size=100").then().statusCode(200)
                .body("items.titleJa", hasItem(title)).extract().jsonPath();
        long id = mine.getLong("items.find { it.titleJa == '" + title + "' }.id");
        as("chuo").get("/api/v1/notifications?size=100").then().statusCode(200).body("items.titleJa",
                not(hasItem(title)));
        as("chuo").post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        as("kita").post("/api/v1/notifications/" + id + "/read").then().statusCode(200).body("readAt", notNullValue());
        as("kita").get("/api/v1/notifications?unread=true&size=100").then().body("items.titleJa", not(hasItem(title)));
    }

    @Test
    void aReminderWithADedupeKeyReachesEachRecipientOnce() {
        String key = "deadline:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            QuarkusTransaction.requiringNew()
                    .run(() -> notifications.toUsers(List.of("hq", "hq"), message("期限が近づいています", key)));
        }
        as("hq").get("/api/v1/notifications?size=100").then().statusCode(200)
                .body("items.findAll { it.titleJa == '期限が近づいています' }.size()", equalTo(1));
    }

    @Test
    void readAllLeavesNothingUnread() {
        QuarkusTransaction.requiringNew()
                .run(() -> notifications.toUsers(List.of("chuo-floor"), message("全部既読", null)));
        as("chuo-floor").post("/api/v1/notifications/read-all").then().statusCode(200);
        as("chuo-floor").get("/api/v1/notifications").then().body("unread", equalTo(0));
    }

    @Test
    void notificationsNeedSignIn() {
        as(null).get("/api/v1/notifications").then().statusCode(401);
    }
}
