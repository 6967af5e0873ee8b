package jp.wardhub.counter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 版: one version of a Q&A entry's text. Revisions are never changed once written; an edit adds one. */
@Entity
@Table(name = "faq_revision")
public class FaqRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "faq_id", nullable = false)
    public Long faqId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "question_ja", nullable = false)
    public String questionJa;

    @Column(name = "answer_ja", nullable = false)
    public String answerJa;

    @Column(name = "question_en")
    public String questionEn;

    @Column(name = "answer_en")
    public String answerEn;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;
}
