package jp.wardhub.counter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jp.wardhub.platform.SearchText;

/** 手続き: one procedure a resident can do (a filing, a certificate, an application), owned by an HQ section. */
@Entity
@Table(name = "service_procedure")
public class Procedure extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "category_code", nullable = false)
    public String categoryCode;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    /** The reading in hiragana, so that a resident typing kana finds the kanji name. */
    @Column(name = "name_kana", nullable = false)
    public String nameKana;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** Other words residents use for it (別名), space-separated. */
    public String keywords;

    @Column(nullable = false)
    public String description;

    /** The description in English; null while it is not translated (the English pages then show the Japanese). */
    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "what_to_bring")
    public String whatToBring;

    @Column(name = "what_to_bring_en")
    public String whatToBringEn;

    @Column(name = "fee_yen")
    public Integer feeYen;

    @Column(name = "fee_note")
    public String feeNote;

    @Column(name = "fee_note_en")
    public String feeNoteEn;

    @Column(name = "processing_time")
    public String processingTime;

    @Column(name = "processing_time_en")
    public String processingTimeEn;

    @Column(name = "owner_section_code", nullable = false)
    public String ownerSectionCode;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProcedureStatus status;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;

    void refreshSearchText() {
        searchText = SearchText.of(nameJa, nameKana, nameEn, keywords);
    }
}
