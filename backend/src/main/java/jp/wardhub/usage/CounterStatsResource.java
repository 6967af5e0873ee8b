package jp.wardhub.usage;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.Csv;
import jp.wardhub.usage.CounterStatsViews.CounterStats;

/** 窓口利用統計: counter floor usage over a date range, as JSON and as CSV. */
@Path("/api/v1/counter-stats")
@Tag(name = "counter-stats", description = "窓口利用統計 (counter usage statistics): 整理券数・待ち時間・対応時間・稼働率")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@Authenticated
@SecurityRequirement(name = "bearer")
public class CounterStatsResource {

    static final String DEFINITIONS = " 期間は from〜to の両日を含み、省略時は今日 (Asia/Tokyo) までの 28 日、最長 "
            + CounterStatsService.MAX_DAYS + " 日。"
            + "待ち時間は到着 (転送されても最初の発券時刻) から最初の呼出まで、呼び出された整理券について。対応時間は対応済み (DONE) の開始から終了まで。"
            + "時間は秒 (切り捨て)、中央値と 90 パーセンタイルは最近順位法 (n 個の値の p パーセンタイルは小さい方から ⌈p·n⌉ 番目、偶数個の中央値は下側)。"
            + "時・曜日は到着時刻 (Asia/Tokyo) による。前日以前に終わらなかった整理券は取消として数える。"
            + "稼働率 (groupBy=office, window のときだけ、ほかは null) = 対応時間の合計 ÷ 窓口の開庁時間。"
            + "開庁時間は期間の各日の施設の開庁時間 (今日は現在時刻まで) で、施設ごとはこれに施設の窓口数を掛ける。"
            + "groupBy=procedure は記録された手続きごとの対応済み整理券 (1 枚に複数の手続きがあれば各手続きに数える)。"
            + "行: day と month は期間のすべての日・月、office・window・lane は範囲内のすべて (0 件も)、hour・weekday-hour・procedure は整理券のあるものだけ。"
            + "管理者・本庁職員はすべての施設、区職員は自分の区の施設だけ (ward 省略時は自分の区、ほかの区の施設や区は 403)。"
            + " From and to are inclusive (default: the 28 days ending today, Asia/Tokyo; at most "
            + CounterStatsService.MAX_DAYS + " days). Wait = arrival (the first ticket's, kept through transfers) to"
            + " first call, for tickets that were called; service = start to end of served (DONE) tickets; whole seconds"
            + " rounded down. Median and 90th percentile are exact, nearest-rank (the ⌈p·n⌉-th smallest of n values; the"
            + " lower middle for an even count). Hours and weekdays are those of arrival in Asia/Tokyo. A ticket an"
            + " earlier day left open counts as cancelled. Utilisation (only for groupBy office and window, else null) ="
            + " total service time ÷ the windows' opening time: the office's opening hours on each day of the range"
            + " (today up to now), times the office's number of windows for an office row. groupBy=procedure counts"
            + " served tickets per recorded procedure (a ticket with two procedures counts for both). Rows: every day or"
            + " month of the range; every office, window or lane in scope (zeros included); hours, weekday-hours and"
            + " procedures only where there were tickets. Administrators and HQ staff read every office, ward staff"
            + " their own ward's (the default when no ward is given; another ward's office or ward is a 403).";

    @Inject
    CounterStatsService stats;

    @GET
    @Operation(summary = "窓口利用統計を見る", description = "整理券数、対応済み・呼出不在・取消・転送、待ち時間と対応時間の中央値と 90 パーセンタイル、稼働率。"
            + DEFINITIONS)
    @APIResponse(responseCode = "200", description = "統計 (the statistics)")
    public CounterStats getCounterStats(@BeanParam CounterStatsQuery query) {
        return stats.stats(query);
    }

    @GET
    @Path("/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "窓口利用統計を CSV で出力する",
            description = "統計と同じ条件・同じ行を CSV (UTF-8, BOM 付き) で、最後に合計の行。見出しは日本語と英語。 The same rows as CSV, then the total."
                    + DEFINITIONS)
    @APIResponse(responseCode = "200", description = "CSV")
    public RestResponse<String> exportCounterStatsCsv(@BeanParam CounterStatsQuery query) {
        return Csv.attachment(stats.csv(query), "counter-stats.csv");
    }
}
