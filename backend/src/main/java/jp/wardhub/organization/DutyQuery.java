package jp.wardhub.organization;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;

/** The query parameters of the duties list ({@code GET /api/v1/duties}), as they arrive. */
public record DutyQuery(
        @Parameter(description = "キーワード (free text)", example = "住民票") @QueryParam("q") String q,
        @Parameter(description = "担当 (side)",
                schema = @Schema(implementation = DutySide.class)) @QueryParam("side") String side,
        @Parameter(description = "理由 (reason)",
                schema = @Schema(implementation = DutyReason.class)) @QueryParam("reason") String reason,
        @Parameter(description = "問合せ先の課 (contact section)",
                example = "ward-administration") @QueryParam("section") String section,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    /** The filters; an unknown side or reason is a 400 naming it. */
    public DutyService.Filter filter() {
        return new DutyService.Filter(q, QueryParams.enumValue("side", side, DutySide.class),
                QueryParams.enumValue("reason", reason, DutyReason.class), section);
    }

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
