package jp.wardhub.community;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.QueryParams;

/**
 * The project list's filters as query parameters ({@code @BeanParam}), shared by the list and its CSV export (so the
 * page and size stay with the list). Taken as strings so that a bad value is a 400 naming the parameter
 * ({@link QueryParams}); {@link #filter()} parses them.
 */
public record ProjectQuery(
        @Parameter(description = "区コード (ward code)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "状態 (status)",
                schema = @Schema(implementation = ProjectStatus.class)) @QueryParam("status") String status,
        @Parameter(description = "公開区分 (visibility)",
                schema = @Schema(implementation = ProjectVisibility.class)) @QueryParam("visibility") String visibility,
        @Parameter(description = "キーワード。事業名・校区・概要 (free text)", example = "花壇") @QueryParam("q") String q,
        @Parameter(description = "自分が担当の事業だけ (only those assigned to you)",
                example = "true") @QueryParam("mine") String mine) {

    /** The filters, parsed: a bad value is a 400 naming its parameter. */
    ProjectService.Filter filter() {
        return new ProjectService.Filter(ward, QueryParams.enumValue("status", status, ProjectStatus.class),
                QueryParams.enumValue("visibility", visibility, ProjectVisibility.class), q,
                Boolean.TRUE.equals(QueryParams.flag("mine", mine)));
    }
}
