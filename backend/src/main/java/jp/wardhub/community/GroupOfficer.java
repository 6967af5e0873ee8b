package jp.wardhub.community;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 役員: one office holder of a group and the term of office ({@code termTo} null while open-ended). */
@Entity
@Table(name = "community_group_officer")
public class GroupOfficer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "group_id", nullable = false)
    public Long groupId;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfficerRole role;

    @Column(nullable = false)
    public String name;

    @Column(name = "term_from", nullable = false)
    public LocalDate termFrom;

    @Column(name = "term_to")
    public LocalDate termTo;
}
