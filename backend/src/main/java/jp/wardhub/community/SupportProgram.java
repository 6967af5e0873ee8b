package jp.wardhub.community;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 支援制度: a subsidy programme of one ward ({@code wardCode}) or of the whole city ({@code wardCode} null) for one
 * fiscal year, with its budget, per-application limits, subsidy rate and application period. {@code committedYen} is
 * the part of the budget taken by grants; it changes only under a row lock (see {@link SupportApplicationService}).
 */
@Entity
@Table(name = "support_program")
public class SupportProgram extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ward_code")
    public String wardCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String eligibility;

    @Column(name = "total_budget_yen", nullable = false)
    public long totalBudgetYen;

    @Column(name = "maximum_yen", nullable = false)
    public long maximumYen;

    @Column(name = "minimum_yen", nullable = false)
    public long minimumYen;

    @Column(name = "rate_numerator", nullable = false)
    public int rateNumerator;

    @Column(name = "rate_denominator", nullable = false)
    public int rateDenominator;

    @Column(name = "application_from", nullable = false)
    public LocalDate applicationFrom;

    @Column(name = "application_to", nullable = false)
    public LocalDate applicationTo;

    @Column(name = "committed_yen", nullable = false)
    public long committedYen;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Moves with every change of the committed budget too, so the ETag tells a reader the remaining budget moved. */
    @Version
    public long version;

    public SubsidyRate rate() {
        return new SubsidyRate(rateNumerator, rateDenominator);
    }

    public long remainingYen() {
        return totalBudgetYen - committedYen;
    }

    public boolean accepts(LocalDate day) {
        return !day.isBefore(applicationFrom) && !day.isAfter(applicationTo);
    }
}
