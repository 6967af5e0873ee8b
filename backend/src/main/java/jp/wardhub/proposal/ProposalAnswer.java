package jp.wardhub.proposal;

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

/** 局の回答: one addressed bureau's answer slot on a proposal, created on submission with its due date. */
@Entity
@Table(name = "proposal_answer")
public class ProposalAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public Long proposalId;

    @Column(name = "bureau_code", nullable = false)
    public String bureauCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalAnswerState state;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public ProposalDecision decision;

    public String reasons;

    @Column(name = "cost_yen")
    public Long costYen;

    public String timing;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    /** Still awaited (the proposal submitted, this answer unpublished) after its due date (business date, Asia/Tokyo). */
    public boolean overdue(Proposal proposal, LocalDate today) {
        return proposal.status == ProposalStatus.SUBMITTED && state != ProposalAnswerState.PUBLISHED
                && dueOn.isBefore(today);
    }
}
