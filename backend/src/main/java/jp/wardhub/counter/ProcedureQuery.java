package jp.wardhub.counter;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;

/** The query parameters of the procedure list ({@code GET /api/v1/procedures}), as they arrive. */
public record ProcedureQuery(
        @Parameter(description = "キーワード (free text)", example = "じゅうみんひょう") @QueryParam("q") String q,
        @Parameter(description = "分類コード (category code)") @QueryParam("category") String category,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
