package jp.wardhub.counter;

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

/** Q&A・マニュアル: one entry of the Q&A shared by every ward; its text lives in {@link FaqRevision}s. */
@Entity
@Table(name = "faq")
public class Faq extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "procedure_code")
    public String procedureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FaqAudience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FaqState state;

    @Column(name = "owner_section_code", nullable = false)
    public String ownerSectionCode;

    /** The revision residents and staff see; null until first approved. */
    @Column(name = "published_revision")
    public Integer publishedRevision;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;
}
