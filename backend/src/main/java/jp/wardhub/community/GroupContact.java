package jp.wardhub.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 連絡先 (個人情報): the representative's name, address, phone and e-mail of one group, kept apart from it. Read only
 * through {@link CommunityGroupService#contact}, which lets in the group's ward staff and audits every read.
 */
@Entity
@Table(name = "community_group_contact")
public class GroupContact extends PanacheEntityBase {

    @Id
    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "representative_name")
    public String representativeName;

    public String address;

    public String phone;

    public String email;
}
