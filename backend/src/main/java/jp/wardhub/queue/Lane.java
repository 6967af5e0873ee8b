package jp.wardhub.queue;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 受付区分: a line visitors wait in at one office (住民異動, 証明書, ...), with the letter its tickets carry, the
 * procedures it takes and the windows that serve it (which staff change during the day).
 */
@Entity
@Table(name = "queue_lane")
public class Lane extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "office_id", nullable = false)
    public long officeId;

    /** A–Z: tickets read, ... */
    @Column(nullable = false)
    public String letter;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** What the lane is for in plain words, for the kiosk. */
    @Column(name = "description_ja", nullable = false)
    public String descriptionJa;

    @Column(name = "description_en", nullable = false)
    public String descriptionEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    /** A closed lane issues no tickets and is not shown on kiosks or boards. */
    @Column(nullable = false)
    public boolean active = true;

    @ElementCollection
    @CollectionTable(name = "queue_lane_procedure", joinColumns = @JoinColumn(name = "lane_id"))
    @Column(name = "procedure_code")
    public Set<String> procedureCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "queue_lane_window", joinColumns = @JoinColumn(name = "lane_id"))
    @Column(name = "window_id")
    public Set<Long> windowIds = new HashSet<>();

    @Version
    public long version;
}
