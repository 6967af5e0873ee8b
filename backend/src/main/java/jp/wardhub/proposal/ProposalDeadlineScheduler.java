package jp.wardhub.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import jp.wardhub.platform.BusinessTime;

/**
 * The daily reminders of HQ–ward coordination, each once per recipient and item (dedupe keys), so a rerun or a
 * second instance never repeats them: overdue proposal answers to their bureau, consultation deadlines to wards.
 */
@ApplicationScoped
public class ProposalDeadlineScheduler {

    @Inject
    ProposalAnswerService answers;

    @Inject
    ConsultationService consultations;

    @Scheduled(identity = "proposal-overdue-answers", cron = "0 0 8 * * ?", timeZone = "Asia/Tokyo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void overdueAnswers() {
        answers.notifyOverdueAnswers(BusinessTime.today());
    }

    @Scheduled(identity = "consultation-deadline-reminders", cron = "0 5 8 * * ?", timeZone = "Asia/Tokyo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void consultationDeadlines() {
        consultations.remindDeadlines(BusinessTime.today());
    }
}
