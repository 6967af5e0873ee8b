package jp.wardhub.organization;

import java.math.BigDecimal;

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
import jp.wardhub.platform.SearchText;

/**
 * 施設: a place where residents are served or the community meets (city hall, ward office, 総合出張所, まちづくり
 * センター, ...), with the fields of the 公共施設一覧 open data set.
 */
@Entity
@Table(name = "office")
public class Office extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfficeType type;

    @Column(name = "ward_code", nullable = false)
    public String wardCode;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    @Column(name = "name_kana", nullable = false)
    public String nameKana;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_common")
    public String nameCommon;

    @Column(name = "poi_code", nullable = false)
    public String poiCode;

    @Column(name = "postal_code")
    public String postalCode;

    @Column(nullable = false)
    public String address;

    public String building;
    public BigDecimal latitude;
    public BigDecimal longitude;
    public String phone;
    public String extension;
    public String email;
    public String url;
    public String accessibility;
    public String notes;

    /** Closed on public holidays (祝日休業); a place open on holidays sets false. */
    @Column(name = "closed_on_holidays", nullable = false)
    public boolean closedOnHolidays = true;

    /** Closed over the year-end holidays 12/29–1/3 (年末年始休業). */
    @Column(name = "closed_year_end", nullable = false)
    public boolean closedYearEnd = true;

    /** Name, kana, English name and address, normalised by {@link SearchText}; kept in step on every write. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;

    void refreshSearchText() {
        searchText = SearchText.of(nameJa, nameKana, nameEn, nameCommon, address);
    }
}
