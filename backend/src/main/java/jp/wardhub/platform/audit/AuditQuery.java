package jp.wardhub.platform.audit;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;

/** The query parameters of the audit trail ({@code GET /api/v1/audit}), as they arrive. */
public record AuditQuery(
        @Parameter(description = "記録の種類 (entity type), e.g. office") @QueryParam("entity") String entity,
        @Parameter(description = "記録の ID (entity id)") @QueryParam("id") String id,
        @QueryParam("page") String page,
        @QueryParam("size") String size) {

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
