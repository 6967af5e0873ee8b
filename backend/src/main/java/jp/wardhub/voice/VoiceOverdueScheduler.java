package jp.wardhub.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jp.wardhub.notification.NotificationService;
import jp.wardhub.organization.StaffService;
import jp.wardhub.platform.BusinessTime;

/**
 * Tells the assignees of each voice that is past its due date without an answer, once per voice: the assigned ward's
 * or section's staff; before assignment, the voice's ward staff, or the coordinating section for a voice without a
 * ward. Runs every hour (at minute 7, {@code wardhub.voice.overdue-cron}); on several replicas the locked batch, the
 * voice's {@code overdue_notified_at} and the notifications' dedupe key keep it to one notice per voice and person.
 */
@ApplicationScoped
public class VoiceOverdueScheduler {

    private static final Logger LOG = Logger.getLogger(VoiceOverdueScheduler.class);
    private static final int BATCH = 200;

    @Inject
    NotificationService notifications;

    @Inject
    StaffService staff;

    @ConfigProperty(name = "wardhub.voice.coordinator-section", defaultValue = "ward-coordination")
    String coordinatorSection;

    @Scheduled(identity = "voice-overdue", cron = "${wardhub.voice.overdue-cron:0 7 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyHour() {
        int told = notifyOverdue();
        if (told > 0) {
            LOG.infof("overdue voices notified: %d", told);
        }
    }

    /** Notifies the assignees of every overdue voice not yet notified; returns how many voices it covered. */
    public int notifyOverdue() {
        LocalDate today = BusinessTime.today();
        int total = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> notifyBatch(today));
            total += done;
            if (done < BATCH) {
                return total;
            }
        }
    }

    private int notifyBatch(LocalDate today) {
        // Locked, so that a run on another replica waits and then no longer finds them.
        List<Voice> overdue = Voice
                .<Voice>find("status in ?1 and dueOn < ?2 and overdueNotifiedAt is null", Sort.by("id"),
                        VoiceState.awaitingAnswer(), today)
                .page(0, BATCH).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Instant now = Instant.now();
        for (Voice v : overdue) {
            var message = new NotificationService.Message("voice-overdue",
                    "区民の声 " + v.reference + " の回答期限 (" + v.dueOn + ") を過ぎています",
                    "Voice " + v.reference + " is past its due date (" + v.dueOn + ")", "/voices/" + v.id,
                    "voice-overdue:" + v.id);
            if (v.assignedWardCode != null) {
                notifications.toWard(v.assignedWardCode, message);
            } else if (v.assignedSectionCode != null) {
                notifications.toUsers(staff.sectionStaff(v.assignedSectionCode), message);
            } else if (v.wardCode != null) {
                notifications.toWard(v.wardCode, message);
            } else {
                notifications.toUsers(staff.sectionStaff(coordinatorSection), message);
            }
            // bookkeeping, not a change of the voice: no version bump, no audit entry
            Voice.update("overdueNotifiedAt = ?1 where id = ?2", now, v.id);
        }
        return overdue.size();
    }
}
