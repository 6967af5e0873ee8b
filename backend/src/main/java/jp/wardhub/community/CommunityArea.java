package jp.wardhub.community;

import java.time.Instant;

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

/**
 * 担当地域: an area of a ward that liaison staff look after, a school district (校区) or a community centre's area. Groups,
 * projects, meetings and voices name their school district as text; they belong to an area by that name.
 */
@Entity
@Table(name = "community_area")
public class CommunityArea extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ward_code", nullable = false)
    public String wardCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AreaKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_kana", nullable = false)
    public String nameKana;

    /** The centre or hall of the office registry whose area this is (community-centre areas only). */
    @Column(name = "office_id")
    public Long officeId;

    /** The community-centre area this school district belongs to, if set. */
    @Column(name = "centre_id")
    public Long centreId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
