package jp.wardhub.community;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.QueryParams;

/** The query parameters of the grant statistics ({@code GET /api/v1/community/grants/stats}), as they arrive. */
public record GrantStatsQuery(
        @Parameter(description = "集計の単位 (grouping)", schema = @Schema(enumeration = {
            "program", "ward", "fiscalYear" }, defaultValue = "program")) @QueryParam("groupBy") String groupBy,
        @Parameter(description = "年度で絞る (only this fiscal year)",
                example = "2026") @QueryParam("fiscalYear") String fiscalYear) {

    /** How to group and which fiscal year, parsed in that order: a bad value is a 400 naming its parameter. */
    GrantStatsService.StatsFilter filter() {
        return new GrantStatsService.StatsFilter(GrantStatsService.Grouping.parse(groupBy),
                QueryParams.fiscalYear("fiscalYear", fiscalYear));
    }
}
