package jp.wardhub.community;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 地域のまちづくり事業: a community project of a ward, led by its groups, looked after by its liaison staff and based at a
 * community centre or hall; it links the grant applications that fund it and the residents' voices it answers.
 */
@Entity
@Table(name = "community_project")
public class CommunityProject extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ward_code", nullable = false)
    public String wardCode;

    @Column(name = "school_district")
    public String schoolDistrict;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_from")
    public ProjectStatus pausedFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectVisibility visibility;

    @Column(name = "base_office_id")
    public Long baseOfficeId;

    @ElementCollection
    @CollectionTable(name = "community_project_group", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "group_id")
    @OrderBy
    public Set<Long> groupIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "community_project_liaison", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "username")
    @OrderBy
    public Set<String> liaisons = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "community_project_application", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "application_id")
    @OrderBy
    public Set<Long> applicationIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "community_project_voice", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "voice_id")
    @OrderBy
    public Set<Long> voiceIds = new LinkedHashSet<>();

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
