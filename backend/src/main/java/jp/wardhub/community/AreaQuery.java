package jp.wardhub.community;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;

/** The query parameters of the area list ({@code GET /api/v1/community/areas}), as they arrive. */
public record AreaQuery(
        @Parameter(description = "区コード (ward code)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "種類 (kind)",
                schema = @Schema(implementation = AreaKind.class)) @QueryParam("kind") String kind,
        @Parameter(description = "この地域担当職員が担当中・担当予定の地域だけ (areas this liaison officer looks after)",
                example = "chuo-liaison") @QueryParam("liaison") String liaison,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "100") @QueryParam("size") String size) {

    /** The filters; an unknown kind is a 400 naming it. */
    AreaService.Filter filter() {
        return new AreaService.Filter(blankToNull(ward), QueryParams.enumValue("kind", kind, AreaKind.class),
                blankToNull(liaison));
    }

    PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
