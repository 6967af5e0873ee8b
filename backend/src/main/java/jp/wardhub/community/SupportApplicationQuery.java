package jp.wardhub.community;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;

/**
 * The query parameters of a programme's application list ({@code GET /api/v1/community/programs/{id}/applications}),
 * as they arrive. The service parses {@link #filter()} after it has found the programme: a programme that does not
 * exist is a 404 whatever the status.
 */
public record SupportApplicationQuery(
        @Parameter(description = "状態 (status)",
                schema = @Schema(implementation = ApplicationState.class)) @QueryParam("status") String status,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    /** The filters; an unknown status is a 400 naming it. */
    SupportApplicationService.Filter filter() {
        return new SupportApplicationService.Filter(QueryParams.enumValue("status", status, ApplicationState.class));
    }

    PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
