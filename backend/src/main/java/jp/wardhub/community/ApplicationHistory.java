package jp.wardhub.community;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 申請の経過: one step of an application's workflow (who, when, from and to which state, the amount decided, a note). */
@Entity
@Table(name = "support_application_history")
public class ApplicationHistory extends PanacheEntityBase {

    /** The step that records a new application; the others are {@link ApplicationState.Action}s. */
    public static final String CREATE = "CREATE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ApplicationState fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ApplicationState toStatus;

    @Column(name = "amount_yen")
    public Long amountYen;

    public String note;
}
