package jp.wardhub.community;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 補助率: the share of the eligible cost a programme pays, as an exact fraction (1/2, 2/3, 1/1), so that the cap on a
 * grant is computed in whole yen without floating point: {@code floor(cost × numerator / denominator)}.
 */
@Schema(name = "SubsidyRate",
        description = "補助率 (分数)。例: 2 分の 1 は numerator 1, denominator 2 (subsidy rate as an exact fraction)")
public record SubsidyRate(
        @NotNull @Min(1) @Max(1000) @Schema(examples = "1") Integer numerator,
        @NotNull @Min(1) @Max(1000) @Schema(examples = "2") Integer denominator) {

    /** The most the rate allows for a cost, rounded down to the yen. */
    public long capFor(long costYen) {
        return Math.multiplyExact(costYen, (long) numerator) / denominator;
    }

    /** For people: 50.0 for 1/2, 66.6 for 2/3 (rounded down, as the cap is). */
    public BigDecimal percent() {
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.DOWN);
    }
}
