package jp.wardhub.voice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 区民の声: one complaint, request, proposal, consultation or enquiry from a resident, with its reference number for
 * the resident ({@code V-2026-000123}), its place in the workflow ({@link VoiceState}) and its publication. The
 * resident's name and contact details are not here but in {@link VoicePersonalData}.
 */
@Entity
@Table(name = "voice")
public class Voice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoiceChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoiceType type;

    @ElementCollection
    @CollectionTable(name = "voice_category_link", joinColumns = @JoinColumn(name = "voice_id"))
    @Column(name = "category_code")
    @OrderBy
    public Set<String> categories = new LinkedHashSet<>();

    /** The ward the voice concerns; null for a city-wide voice or one a partner sent without a ward. */
    @Column(name = "ward_code")
    public String wardCode;

    @Column(name = "school_district")
    public String schoolDistrict;

    @Column(name = "content", nullable = false)
    public String text;

    /** Where the matter is (a street, a park): not the resident's address. */
    public String location;

    public BigDecimal latitude;

    public BigDecimal longitude;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoiceState status;

    @Column(name = "assigned_ward_code")
    public String assignedWardCode;

    @Column(name = "assigned_section_code")
    public String assignedSectionCode;

    /**
     * 担当者: the member of staff the voice is assigned to in person, within the assigned ward or section; null while
     * it is assigned to the ward or section as a whole.
     */
    @Column(name = "assigned_staff")
    public String assignedStaff;

    @Column(name = "answer_text")
    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Publication publication = Publication.UNDECIDED;

    @Column(name = "published_text")
    public String publishedText;

    /** 公表する回答: the answer as residents read it, decided at publication; null unless published. */
    @Column(name = "published_answer")
    public String publishedAnswer;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_published_reason")
    public Publication.NotPublishedReason notPublishedReason;

    /** When the public text last went out (公表日時): set by each publication with a text, cleared when not published. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    /**
     * What residents' search matches: the reference, the published text and the published answer, never the original
     * text;
     * null unless published.
     */
    @Column(name = "public_search_text")
    public String publicSearchText;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Set when the overdue job has told the assignees, so that it tells them once. */
    @Column(name = "overdue_notified_at")
    public Instant overdueNotifiedAt;

    /** The dialogue meeting (対話集会) where the voice was raised, if it was. */
    @Column(name = "dialogue_meeting_id")
    public Long dialogueMeetingId;

    /**
     * SHA-256 of the access code (照会コード) a resident who sent the voice through the public form follows it with;
     * null for voices taken in by staff or partners. The code itself is shown once and never stored.
     */
    @Column(name = "access_code_hash", length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String accessCodeHash;

    @Version
    public long version;

    /** Who handles the voice now, as the history records it: {@code ward:431010} or {@code section:road-maintenance}. */
    public String assignee() {
        if (assignedWardCode != null) {
            return "ward:" + assignedWardCode;
        }
        return assignedSectionCode == null ? null : "section:" + assignedSectionCode;
    }

    /** Who handles the voice as the history writes it: the person ({@code staff:chuo}) when there is one. */
    public String historyAssignee() {
        return assignedStaff != null ? "staff:" + assignedStaff : assignee();
    }

    /**
     * These voices, in the order of their ids: a list reads the ids of its page through the indexes first, and whole
     * voices only for the page.
     */
    public static List<Voice> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Voice> byId = Voice.<Voice>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(v -> v.id, v -> v));
        return ids.stream().map(byId::get).toList();
    }
}
