package jp.wardhub.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 通知: one in-app notification for one staff member. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String kind;

    @Column(name = "title_ja", nullable = false)
    public String titleJa;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    /** Where in the SPA the notification leads, e.g. {@code /voices/12}. */
    public String link;

    /** Set for reminders that must reach each recipient once (e.g. "deadline in two business days" for one item). */
    @Column(name = "dedupe_key")
    public String dedupeKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
