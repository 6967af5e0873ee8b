package jp.wardhub.proposal;

import java.time.Instant;

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
 * 区提案: a policy, project or budget request a ward office proposes to HQ, with its evidence ({@link ProposalVoice},
 * {@link ProposalFigure}), one {@link ProposalAnswer} per addressed bureau, milestones and a timeline.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ward_code", nullable = false)
    public String wardCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalKind kind;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String background;

    @Column(nullable = false)
    public String content;

    @Column(name = "expected_effect", nullable = false)
    public String expectedEffect;

    @Column(name = "estimated_cost_yen")
    public Long estimatedCostYen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    /** 0–100, set by an adopting bureau; null until first reported. */
    @Column(name = "progress_percent")
    public Integer progressPercent;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /**
     * When the first of its answers was published (最初の回答の公開日時); null until then. HQ staff and the public see
     * proposals from that moment, and lists ask this column instead of the answers.
     */
    @Column(name = "first_answer_published_at")
    public Instant firstAnswerPublishedAt;

    /**
     * Moved on every change to the proposal or its parts (answers, milestones), so the version and with it the ETag
     * change whenever what a reader sees does.
     */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;
}
