package jp.wardhub.counter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 取扱い: that a procedure can be done at one place (office or channel), how far, on what conditions and for what fee. */
@Entity
@Table(name = "availability")
public class Availability extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    /** {@code office:<id>} or {@code channel:<code>}: see {@link PlaceKey}. */
    @Column(name = "place_key", nullable = false)
    public String placeKey;

    @Column(name = "office_id")
    public Long officeId;

    @Column(name = "channel_code")
    public String channelCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AvailabilityLevel level;

    @Column(name = "conditions_ja")
    public String conditionsJa;

    @Column(name = "conditions_en")
    public String conditionsEn;

    @Column(name = "residents_only", nullable = false)
    public boolean residentsOnly;

    @Column(name = "fee_yen")
    public Integer feeYen;

    @Column(name = "fee_note")
    public String feeNote;
}
