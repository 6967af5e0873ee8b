package jp.wardhub.voice;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The public list's filters as query parameters ({@code @BeanParam}), shared by the list and the open data. Strings,
 * so that a bad value is a 400 naming the parameter; {@link PublicVoiceService} checks and parses them.
 */
public record PublicVoiceQuery(
        @Parameter(description = "区コード (ward code)", example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "分類コード (category code, from /api/v1/public/voice-categories)",
                example = "roads") @QueryParam("category") String category,
        @Parameter(
                description = "受付日の年度 (4 月〜翌年 3 月。2026 は 2026-04-01〜2027-03-31) (the fiscal year of receipt, April to March)",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
                example = "2026") @QueryParam("year") String year,
        @Parameter(
                description = "キーワード。受付番号・公表文・回答から探す。全角半角・ひらがなカタカナを区別しない (free text over the reference, the published text and the answer; width and kana do not matter)",
                schema = @Schema(type = SchemaType.STRING, maxLength = PublicVoiceService.MAX_QUERY),
                example = "街灯") @QueryParam("q") String q) {
}
