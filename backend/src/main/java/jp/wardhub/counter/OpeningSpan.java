package jp.wardhub.counter;

import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One span of opening hours on a weekday (1 = Monday .. 7 = Sunday; null = every day) of a period. */
@Entity
@Table(name = "opening_span")
public class OpeningSpan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "day_of_week")
    public Integer dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    public LocalTime opensAt;

    /** 00:00 means midnight at the end of the day. */
    @Column(name = "closes_at", nullable = false)
    public LocalTime closesAt;
}
