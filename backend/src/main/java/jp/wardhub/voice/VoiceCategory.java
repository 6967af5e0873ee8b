package jp.wardhub.voice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 分類: a category of voices (道路, ごみ, 子育て...); also an Open311 service. Data, maintained by migration. */
@Entity
@Table(name = "voice_category")
public class VoiceCategory extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "group_ja", nullable = false)
    public String groupJa;

    @Column(nullable = false)
    public String description;

    /** Comma-separated search words. */
    @Column(nullable = false)
    public String keywords;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
