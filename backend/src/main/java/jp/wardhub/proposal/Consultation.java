package jp.wardhub.proposal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 事前協議: before an HQ bureau runs a project that touches particular wards, it asks them ({@link ConsultationWard})
 * by a deadline; each answers once ({@link ConsultationResponse}); progress reports follow
 * ({@link ConsultationReport}).
 */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bureau_code", nullable = false)
    public String bureauCode;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    /** The last date on which wards may answer, inclusive (business date, Asia/Tokyo). */
    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Moved on every response and report, so the consultation's ETag changes whenever what a reader sees does. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean openOn(LocalDate today) {
        return !today.isAfter(deadline);
    }
}
