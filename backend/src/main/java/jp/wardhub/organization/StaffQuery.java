package jp.wardhub.organization;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;

/** The query parameters of the staff account list ({@code GET /api/v1/staff}), as they arrive. */
public record StaffQuery(
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
