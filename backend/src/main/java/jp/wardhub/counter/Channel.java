package jp.wardhub.counter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 窓口以外の手続き方法: a channel beside the offices (convenience store, online, mail, kiosk). */
@Entity
@Table(name = "channel")
public class Channel extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChannelKind kind;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    @Column(name = "name_kana", nullable = false)
    public String nameKana;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    public String description;
    public String requirements;
    public String url;

    @Column(name = "closed_on_holidays", nullable = false)
    public boolean closedOnHolidays;

    @Column(name = "closed_year_end", nullable = false)
    public boolean closedYearEnd;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Version
    public long version;
}
