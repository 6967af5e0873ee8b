package jp.wardhub.proposal;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.QueryParams;

/**
 * The proposal list's filters as query parameters ({@code @BeanParam}). Taken as strings so that a bad value is a 400
 * naming the parameter ({@link QueryParams}); {@link #filter()} parses them.
 */
public record ProposalQuery(
        @Parameter(description = "区コード (ward code)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "提出先の局コード (addressed bureau)",
                example = "urban-construction") @QueryParam("bureau") String bureau,
        @Parameter(description = "状態 (status)",
                schema = @Schema(implementation = ProposalStatus.class)) @QueryParam("status") String status,
        @Parameter(description = "種類 (kind)",
                schema = @Schema(implementation = ProposalKind.class)) @QueryParam("kind") String kind,
        @Parameter(description = "年度 (fiscal year)", example = "2026") @QueryParam("fiscalYear") String fiscalYear,
        @Parameter(description = "回答期限を過ぎた未公開の回答がある (an answer is past due)",
                schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
        @Parameter(description = "キーワード (free text)", example = "通学路") @QueryParam("q") String q) {

    /** The filters, parsed: a bad value is a 400 naming its parameter. */
    ProposalService.Filter filter() {
        return new ProposalService.Filter(ward, bureau, QueryParams.enumValue("status", status, ProposalStatus.class),
                QueryParams.enumValue("kind", kind, ProposalKind.class),
                QueryParams.fiscalYear("fiscalYear", fiscalYear),
                QueryParams.flag("overdue", overdue), q);
    }
}
