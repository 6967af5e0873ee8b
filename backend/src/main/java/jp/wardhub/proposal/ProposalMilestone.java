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

/** マイルストーン: a dated step of carrying out an adopted proposal. */
@Entity
@Table(name = "proposal_milestone")
public class ProposalMilestone extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public Long proposalId;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public boolean done;

    /** The adopting bureau that set it; null when an administrator did. */
    @Column(name = "bureau_code")
    public String bureauCode;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
