package jp.wardhub.community;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;

/** The query parameters of the community group list ({@code GET /api/v1/community/groups}), as they arrive. */
public record CommunityGroupQuery(
        @Parameter(description = "区コード (ward code)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "種類 (type)",
                schema = @Schema(implementation = GroupType.class)) @QueryParam("type") String type,
        @Parameter(description = "校区 (school district)",
                example = "慶徳校区") @QueryParam("schoolDistrict") String schoolDistrict,
        @Parameter(description = "名前・よみがなのキーワード (name or reading)", example = "ケイトク") @QueryParam("q") String q,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    /** The filters; an unknown type is a 400 naming it. */
    CommunityGroupService.Filter filter() {
        return new CommunityGroupService.Filter(ward, QueryParams.enumValue("type", type, GroupType.class),
                schoolDistrict, q);
    }

    PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
