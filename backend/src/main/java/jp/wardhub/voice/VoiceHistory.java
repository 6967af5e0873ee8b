package jp.wardhub.voice;

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

/** 対応履歴: one step of a voice's workflow (who, when, what, from and to which state and assignee, a note). */
@Entity
@Table(name = "voice_history")
public class VoiceHistory extends PanacheEntityBase {

    /** The step that creates a voice; the others are {@link VoiceState.Action}s. */
    public static final String RECEIVE = "RECEIVE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "voice_id", nullable = false)
    public Long voiceId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public VoiceState fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public VoiceState toStatus;

    @Column(name = "from_assignee")
    public String fromAssignee;

    @Column(name = "to_assignee")
    public String toAssignee;

    public String note;
}
