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

/** 区の回答: an addressed ward's answer to a consultation; answering again replaces it. */
@Entity
@Table(name = "consultation_response")
public class ConsultationResponse extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "consultation_id", nullable = false)
    public Long consultationId;

    @Column(name = "ward_code", nullable = false)
    public String wardCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsultationStance stance;

    public String comments;

    @Column(name = "responded_by", nullable = false)
    public String respondedBy;

    @Column(name = "responded_at", nullable = false)
    public Instant respondedAt;

    @Version
    public long version;
}
