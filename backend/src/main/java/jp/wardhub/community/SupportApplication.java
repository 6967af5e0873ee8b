package jp.wardhub.community;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 申請: a group's application to a support programme for one planned activity, with the amounts as they are decided:
 * requested, granted (交付決定額), and at settlement the actual cost and the final amount (確定額).
 */
@Entity
@Table(name = "support_application")
public class SupportApplication extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "program_id", nullable = false)
    public Long programId;

    @Column(name = "group_id", nullable = false)
    public Long groupId;

    @Column(nullable = false)
    public String title;

    @Column(name = "planned_activity", nullable = false)
    public String plannedActivity;

    @Column(name = "activity_from", nullable = false)
    public LocalDate activityFrom;

    @Column(name = "activity_to", nullable = false)
    public LocalDate activityTo;

    @Column(name = "eligible_cost_yen", nullable = false)
    public long eligibleCostYen;

    @Column(name = "requested_yen", nullable = false)
    public long requestedYen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationState status;

    @Column(name = "granted_yen")
    public Long grantedYen;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "activity_report")
    public String activityReport;

    @Column(name = "actual_cost_yen")
    public Long actualCostYen;

    @Column(name = "final_yen")
    public Long finalYen;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    /** Who submitted it (on the group's behalf); with the recorder and the reviewer, barred from the grant. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    /** Who decided it: granted or declined. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** What this application takes from the programme's budget now. */
    public long committedYen() {
        if (!status.holdsBudget()) {
            return 0;
        }
        return status == ApplicationState.SETTLED ? finalYen : grantedYen;
    }
}
