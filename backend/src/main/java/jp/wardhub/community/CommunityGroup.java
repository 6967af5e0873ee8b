package jp.wardhub.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 地域活動団体: a neighbourhood association, school-district council, NPO or other group active in a ward. Its officers
 * are {@link GroupOfficer}s; its contact is in {@link GroupContact}, never here.
 */
@Entity
@Table(name = "community_group")
public class CommunityGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GroupType type;

    @Column(nullable = false)
    public String name;

    /** The reading (よみがな), for search and for the list's order. */
    @Column(name = "name_kana", nullable = false)
    public String nameKana;

    @Column(name = "ward_code", nullable = false)
    public String wardCode;

    @Column(name = "school_district")
    public String schoolDistrict;

    /** 活動地域: the towns or areas the group is active in, in the order given. */
    @ElementCollection
    @CollectionTable(name = "community_group_area", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "area")
    public List<String> activityAreas = new ArrayList<>();

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
