package jp.wardhub.counter;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.QueryParams;

/** The query parameters of the Q&A list ({@code GET /api/v1/faqs}), as they arrive. */
public record FaqQuery(
        @Parameter(description = "キーワード (free text)", example = "代理人") @QueryParam("q") String q,
        @Parameter(description = "手続きコード (procedure code)",
                example = "juminhyo-copy") @QueryParam("procedure") String procedure,
        @Parameter(description = "対象 (audience)",
                schema = @Schema(implementation = FaqAudience.class)) @QueryParam("audience") String audience,
        @Parameter(description = "状態。職員のみ (workflow state; staff only)",
                schema = @Schema(implementation = FaqState.class)) @QueryParam("state") String state,
        @Parameter(example = "0") @QueryParam("page") String page,
        @Parameter(example = "20") @QueryParam("size") String size) {

    /** The filters; an unknown audience or state is a 400 naming it. */
    public FaqService.Filter filter() {
        return new FaqService.Filter(q, procedure, QueryParams.enumValue("audience", audience, FaqAudience.class),
                QueryParams.enumValue("state", state, FaqState.class));
    }

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}
