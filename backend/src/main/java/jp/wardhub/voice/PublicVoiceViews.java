package jp.wardhub.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.organization.OrganizationViews.WardRef;
import jp.wardhub.platform.OpenData;
import jp.wardhub.voice.VoiceViews.CategoryView;

/**
 * What residents see of a published voice (公表された区民の声): the anonymised text staff wrote for publication and
 * the answer, with the facts of the case. Never the original text, the resident, the staff who handled it, notes or
 * assignees.
 */
public final class PublicVoiceViews {

    private PublicVoiceViews() {
    }

    @Schema(name = "PublicVoice",
            description = "公表された区民の声 (a published voice): 匿名化した公表文と回答。元の内容・申出人・職員の名前は含まない (the anonymised text and the answer; never the original text, the resident or staff names)")
    public record PublicVoiceView(
            @Schema(examples = "V-2026-000123") String reference,
            VoiceType type,
            List<CategoryView> categories,
            @Schema(nullable = true, description = "区。市全体の声は null (the ward; null for a city-wide voice)") WardRef ward,
            @Schema(description = "受付日 (received)", examples = "2026-11-20") LocalDate receivedOn,
            @Schema(nullable = true, description = "回答日 (answered, Asia/Tokyo)",
                    examples = "2026-11-28") LocalDate answeredOn,
            @Schema(description = "公表日時 (when the public text last went out)") Instant publishedAt,
            @Schema(description = "公表文 (the anonymised text)",
                    examples = "通学路の街灯が切れている。") String publishedText,
            @Schema(nullable = true, description = "回答 (the answer, as published)",
                    examples = "現地を確認し、街灯を交換しました。") String answer,
            @Schema(description = "公表した写真の URL (このサイトの中のパス)。職員が選んだものだけ (the photos staff chose to show, as paths on this site)",
                    examples = "[\"/api/v1/public/voices/V-2026-000123/photos/1\"]") List<String> photos) {

        /** Where a published photo is served; the one place that spells the path. */
        static String photoPath(String reference, int position) {
            return "/api/v1/public/voices/" + reference + "/photos/" + position;
        }
    }

    @Schema(name = "PublicVoicePage", description = "公表された区民の声の 1 ページ (a page of published voices), 公表の新しい順")
    public record PublicVoicePage(List<PublicVoiceView> items, @Schema(examples = "0") int page,
            @Schema(examples = "20") int size, @Schema(examples = "57") long total) {
    }

    @Schema(name = "PublicVoiceDataset",
            description = "オープンデータ: 条件に合う公表された区民の声すべて (open data: every published voice matching the filters)")
    public record PublicVoiceDataset(@Schema(examples = OpenData.LICENSE) String license,
            @Schema(examples = OpenData.LICENSE_URL) String licenseUrl, @Schema(examples = "57") long total,
            List<PublicVoiceView> items) {
    }
}
