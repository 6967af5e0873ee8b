package jp.wardhub.usage;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * チャネル別発行件数: how many times a procedure was done in one month at one place. Imported, never edited; a new
 * import of the same month, place and procedure replaces the figure.
 */
@Entity
@Table(name = "channel_usage")
public class ChannelUsage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** YYYY-MM */
    @Column(name = "usage_month", nullable = false, length = 7)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String month;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UsageChannel channel;

    @Column(name = "office_id")
    public Long officeId;

    /** The office's ward, or the residents' ward a channel's figure is for; null for a city-wide channel figure. */
    @Column(name = "ward_code")
    public String wardCode;

    @Column(name = "place_key", nullable = false)
    public String placeKey;

    @Column(nullable = false)
    public long issued;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;
}
