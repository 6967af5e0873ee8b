package jp.wardhub.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 窓口: a numbered counter window of an office, on a floor. Staff open it when they sit down to serve. */
@Entity
@Table(name = "counter_window")
public class CounterWindow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "office_id", nullable = false)
    public long officeId;

    @Column(nullable = false)
    public int number;

    /** 1 for the ground floor (1階), -1 for the first basement. */
    @Column(nullable = false)
    public int floor;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** Staffed now: only open windows are called to and shown as open on the boards. */
    @Column(nullable = false)
    public boolean open = true;

    @Version
    public long version;
}
