package jp.wardhub.community;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One period a liaison officer looks after an area: from its first day to its last ({@code null} while it lasts). A
 * period that took effect is never deleted; ending it sets its last day.
 */
@Entity
@Table(name = "community_area_liaison")
public class AreaAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "area_id", nullable = false)
    public Long areaId;

    @Column(nullable = false)
    public String username;

    @Column(name = "assigned_from", nullable = false)
    public LocalDate firstDay;

    @Column(name = "assigned_to")
    public LocalDate lastDay;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** Whether it holds on the day: begun, and not yet over. */
    public boolean holdsOn(LocalDate day) {
        return !firstDay.isAfter(day) && (lastDay == null || !lastDay.isBefore(day));
    }
}
