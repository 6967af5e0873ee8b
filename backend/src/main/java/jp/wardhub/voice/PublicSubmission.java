package jp.wardhub.voice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One voice sent through the public form: from which client address, with which text (its hash), when. Kept a day, in
 * the database so that the limits hold across replicas; it says nothing of who sent the voice or which voice it is.
 */
@Entity
@Table(name = "public_voice_submission")
public class PublicSubmission extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String address;

    @Column(name = "text_hash", nullable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String textHash;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
