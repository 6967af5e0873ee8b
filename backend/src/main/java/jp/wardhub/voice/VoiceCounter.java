package jp.wardhub.voice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The last reference number handed out in a year; see {@link VoiceReferences}. */
@Entity
@Table(name = "voice_counter")
public class VoiceCounter extends PanacheEntityBase {

    @Id
    @Column(name = "counter_year")
    public Integer year;

    @Column(name = "last_number", nullable = false)
    public int lastNumber;
}
