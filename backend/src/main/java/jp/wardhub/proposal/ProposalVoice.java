package jp.wardhub.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 根拠となる区民の声: a residents' voice a proposal rests on, linked by its reference number (no foreign key). */
@Entity
@Table(name = "proposal_voice")
public class ProposalVoice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "proposal_id", nullable = false)
    public Long proposalId;

    @Column(name = "voice_ref", nullable = false)
    public String voiceRef;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
