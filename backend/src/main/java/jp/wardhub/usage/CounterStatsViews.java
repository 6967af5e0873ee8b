package jp.wardhub.usage;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API bodies of the counter usage statistics (窓口利用統計). */
public final class CounterStatsViews {

    private CounterStatsViews() {
    }

    @Schema(description = "窓口利用統計 (counter usage statistics) of a date range, grouped")
    public record CounterStats(
            @Schema(description = "期間の初日 (first day, included)", example = "2027-09-01") LocalDate from,
            @Schema(description = "期間の最終日 (last day, included)", example = "2027-09-28") LocalDate to,
            @Schema(description = "集計の単位 (grouping)", enumeration = {
                "day", "hour", "weekday-hour", "month",
                "office", "window", "lane", "procedure" }, example = "day") String groupBy,
            @Schema(description = "条件に合う整理券すべての合計 (all tickets matching the filters)") CounterStatsRow total,
            List<CounterStatsRow> rows) {
    }

    @Schema(description = "1 つの集計単位の数字 (the figures of one group)")
    public record CounterStatsRow(
            @Schema(description = "集計単位のキー: 日 2027-09-14, 時 09, 曜日-時 1-09 (ISO 曜日 1=月), 月 2027-09、施設・窓口・受付区分の ID、手続きコード"
                    + " (group key: day, hour, ISO weekday-hour, month, office/window/lane id or procedure code)",
                    example = "2027-09-14") String key,
            @Schema(example = "2027年9月14日(火)") String labelJa,
            @Schema(example = "Tue 14 Sep 2027") String labelEn,
            @Schema(description = "整理券の数 (転送で 1 人が 2 枚になることがある) (tickets; a transfer makes a second ticket)",
                    example = "412") long tickets,
            @Schema(description = "対応済み DONE (served)", example = "389") long served,
            @Schema(description = "呼出不在 NO_SHOW (no-shows)", example = "11") long noShows,
            @Schema(description = "取消 CANCELLED (cancelled; also tickets left open when the day ended)",
                    example = "5") long cancelled,
            @Schema(description = "転送 TRANSFERRED (transferred to another lane)", example = "7") long transferred,
            @Schema(nullable = true,
                    description = "待ち時間 (到着 → 最初の呼出、呼び出された整理券) の中央値、秒 (median wait, arrival to first call, of the tickets called)",
                    example = "540") Long waitMedianSeconds,
            @Schema(nullable = true, description = "待ち時間の 90 パーセンタイル、秒 (90th percentile wait)",
                    example = "1620") Long waitP90Seconds,
            @Schema(nullable = true,
                    description = "対応時間 (開始 → 終了、DONE) の中央値、秒 (median service time, start to end of served tickets)",
                    example = "480") Long serviceMedianSeconds,
            @Schema(nullable = true, description = "対応時間の 90 パーセンタイル、秒 (90th percentile service time)",
                    example = "1200") Long serviceP90Seconds,
            @Schema(nullable = true,
                    description = "稼働率 0〜1: groupBy が office と window のときだけ、他は null (utilisation, only when grouped by office or window)",
                    example = "0.62") Double utilisation) {
    }
}
