package jp.wardhub.counter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jp.wardhub.counter.hours.PeriodKind;

/**
 * 開庁期間: a period of opening hours of a place (or of one procedure at a place): regular weekly hours, or a dated
 * override (closure, weekend opening, special hours). Public holidays and the year-end closure are computed.
 */
@Entity
@Table(name = "opening_period")
public class OpeningPeriod extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@code office:<id>}, {@code channel:<code>} or {@code availability:<id>}. */
    @Column(name = "owner_key", nullable = false)
    public String ownerKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PeriodKind kind;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "reason_ja")
    public String reasonJa;

    @Column(name = "reason_en")
    public String reasonEn;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "period_id", nullable = false)
    public List<OpeningSpan> spans = new ArrayList<>();

    @Version
    public long version;
}
