package jp.wardhub.proposal;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The public outcomes' filters ({@code @BeanParam}), as strings so that a bad value is a 400 naming it. */
public record PublicProposalQuery(
        @Parameter(description = "提案した区のコード (ward code)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "種類 (kind)",
                schema = @Schema(implementation = ProposalKind.class)) @QueryParam("kind") String kind,
        @Parameter(description = "提案の年度 (the proposal's fiscal year, April to March)",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
                example = "2026") @QueryParam("year") String year,
        @Parameter(
                description = "キーワード。件名・現状と課題・提案内容・期待される効果から探す。全角半角・ひらがなカタカナを区別しない (free text; width and kana do not matter)",
                schema = @Schema(type = SchemaType.STRING, maxLength = PublicProposalService.MAX_QUERY),
                example = "通学路") @QueryParam("q") String q) {
}
