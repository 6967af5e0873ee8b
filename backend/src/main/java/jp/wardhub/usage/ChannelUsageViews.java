package jp.wardhub.usage;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the channel usage figures (チャネル別発行件数). */
public final class ChannelUsageViews {

    private ChannelUsageViews() {
    }

    /** What an import did. */
    @Schema(name = "ChannelUsageImport")
    public record ImportResult(
            @Schema(description = "取り込んだ行数 (rows imported)", examples = "120") int rowsImported,
            @Schema(description = "そのうち既存の件数を置き換えた行数 (of which replaced an earlier figure)",
                    examples = "0") int rowsReplaced,
            @Schema(description = "ファイルにあった年月 (the months the file covers)",
                    examples = "[\"2027-04\"]") List<String> months) {
    }

    /** Issued counts per channel and the convenience-store share. */
    @Schema(name = "ChannelCounts")
    public record Counts(
            @Schema(description = "窓口 (counters)") long counter,
            @Schema(description = "コンビニ交付 (convenience stores)") long convenienceStore,
            @Schema(description = "オンライン (online)") long online,
            @Schema(description = "郵送 (mail)") long mail,
            @Schema(description = "自動交付機 (kiosks)") long kiosk,
            @Schema(description = "合計 (all channels)") long total,
            @Schema(nullable = true, description = "コンビニ交付率 = コンビニ ÷ (コンビニ + 窓口)。両方 0 なら省略 "
                    + "(convenience ÷ (convenience + counter), absent when both are 0)",
                    examples = "0.4231") BigDecimal convenienceStoreShare) {
    }

    /** One procedure in one ward and month. */
    @Schema(name = "ChannelUsageRow")
    public record Row(
            @Schema(examples = "2027-04") String month,
            @Schema(nullable = true, description = "区コード。区の分からないチャネルの件数 (全市) では省略 (absent for city-wide channel "
                    + "figures without a ward)", examples = "431010") String wardCode,
            @Schema(examples = "中央区") String wardNameJa,
            @Schema(examples = "Chuo Ward") String wardNameEn,
            @Schema(examples = "juminhyo-copy") String procedureCode,
            @Schema(examples = "住民票の写し") String procedureNameJa,
            String procedureNameEn,
            Counts counts) {
    }

    /** The figures of one month over everything the filters chose. */
    @Schema(name = "ChannelUsageMonth")
    public record Month(@Schema(examples = "2027-04") String month, Counts counts) {
    }

    @Schema(name = "ChannelUsageReport")
    public record Report(
            @Schema(nullable = true, examples = "2026-04") String from,
            @Schema(nullable = true, examples = "2027-03") String to,
            @Schema(nullable = true, examples = "431010") String ward,
            @Schema(nullable = true, examples = "juminhyo-copy") String procedure,
            List<Row> rows,
            @Schema(description = "月ごとの合計 (totals per month)") List<Month> months,
            @Schema(description = "全体の合計 (grand total)") Counts total) {
    }
}
