package jp.wardhub.usage;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the counter statistics and their CSV, as they arrive. */
public record CounterStatsQuery(
        @Parameter(description = "施設 ID で絞る (only this office)", example = "1",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("office") String office,
        @Parameter(description = "区コードで絞る。区職員は省略時に自分の区 (only this ward's offices; ward staff default to their own)",
                example = "431010") @QueryParam("ward") String ward,
        @Parameter(description = "受付区分 ID で絞る (only this lane)", example = "1",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("lane") String lane,
        @Parameter(
                description = "この手続きが記録された整理券だけ (対応済みのみ) (only tickets where this procedure was recorded, so served ones)",
                example = "tennyu") @QueryParam("procedure") String procedure,
        @Parameter(description = "期間の初日 (first day, included; default 27 days before to)",
                example = "2027-09-01") @QueryParam("from") String from,
        @Parameter(description = "期間の最終日 (last day, included; default today in Asia/Tokyo). 400 日以内 (at most 400 days)",
                example = "2027-09-28") @QueryParam("to") String to,
        @Parameter(description = "集計の単位 (grouping)", schema = @Schema(enumeration = {
            "day", "hour", "weekday-hour",
            "month", "office", "window", "lane", "procedure" },
                defaultValue = "day")) @QueryParam("groupBy") String groupBy) {
}
