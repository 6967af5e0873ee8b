package jp.wardhub.community;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.QueryParams;

/**
 * The query parameters of the grants CSV ({@code GET /api/v1/community/grants/export.csv}), as they arrive; a
 * parameter not given means any.
 */
public record GrantQuery(
        @Parameter(description = "年度 (fiscal year)", example = "2026") @QueryParam("fiscalYear") String fiscalYear,
        @Parameter(description = "団体の区コード (the group's ward)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "制度 ID (programme id)", example = "1",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("program") String program) {

    /** The filters, parsed: a bad value is a 400 naming its parameter. */
    GrantStatsService.Filter filter() {
        return new GrantStatsService.Filter(QueryParams.fiscalYear("fiscalYear", fiscalYear), ward,
                QueryParams.id("program", program));
    }
}
