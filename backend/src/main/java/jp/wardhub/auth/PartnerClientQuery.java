package jp.wardhub.auth;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;

/** The query parameters of the partner client list ({@code GET /api/v1/partner-clients}), as they arrive. */
public record PartnerClientQuery(
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
