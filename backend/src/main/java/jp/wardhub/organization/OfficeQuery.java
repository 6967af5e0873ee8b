package jp.wardhub.organization;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;

/** The query parameters of the office directory ({@code GET /api/v1/offices}), as they arrive. */
public record OfficeQuery(
        @Parameter(description = "区コード (ward code)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "施設の種類 (office type)",
                schema = @Schema(implementation = OfficeType.class)) @QueryParam("type") String type,
        @Parameter(description = "キーワード (free text)", example = "せいしょう") @QueryParam("q") String q,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    /** The filters; an unknown type is a 400 naming it. */
    public OfficeService.Filter filter() {
        return new OfficeService.Filter(ward, QueryParams.enumValue("type", type, OfficeType.class), q);
    }

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
