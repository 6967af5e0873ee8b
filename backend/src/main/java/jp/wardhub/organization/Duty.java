package jp.wardhub.organization;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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

/** 事務分担: one duty of the city, who does it (HQ, ward or both), why, and whom to ask. */
@Entity
@Table(name = "duty")
public class Duty extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "title_ja", nullable = false)
    public String titleJa;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DutySide side;

    /** Comma-separated {@link DutyReason} names (a portable stand-in for a set column). */
    @Column(nullable = false)
    String reasons;

    @Column(name = "hq_role")
    public String hqRole;

    @Column(name = "ward_role")
    public String wardRole;

    @Column(name = "contact_section_code", nullable = false)
    public String contactSectionCode;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Version
    public long version;

    public Set<DutyReason> reasons() {
        if (reasons == null || reasons.isBlank()) {
            return EnumSet.noneOf(DutyReason.class);
        }
        return Arrays.stream(reasons.split(",")).map(DutyReason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DutyReason.class)));
    }

    public void reasons(Set<DutyReason> set) {
        reasons = set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    void refreshSearchText() {
        searchText = SearchText.of(titleJa, titleEn, description, hqRole, wardRole);
        if (searchText.length() > 4000) {
            searchText = searchText.substring(0, 4000);
        }
    }
}
