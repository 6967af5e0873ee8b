package jp.wardhub.community;

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
 * 対話集会: a meeting where the ward hears its residents (date, place, attendance, minutes). The opinions raised are
 * residents' voices with the channel "dialogue meeting" that point back here.
 */
@Entity
@Table(name = "dialogue_meeting")
public class DialogueMeeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ward_code", nullable = false)
    public String wardCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String place;

    /** The school district (校区) the meeting was held for, if one: liaison areas find their meetings by it. */
    @Column(name = "school_district")
    public String schoolDistrict;

    @Column(name = "office_id")
    public Long officeId;

    @Column(nullable = false)
    public int participants;

    public String minutes;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
