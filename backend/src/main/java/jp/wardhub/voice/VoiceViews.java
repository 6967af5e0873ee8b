package jp.wardhub.voice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.Versioned;
import jp.wardhub.voice.Publication.NotPublishedReason;

/** Residents' voice request and response bodies. None of the responses carries personal data. */
public final class VoiceViews {

    private VoiceViews() {
    }

    // ---- requests ----

    @Schema(name = "VoiceInput", description = "区民の声の受付 (a voice taken in)")
    public record VoiceInput(
            @NotNull VoiceChannel channel,
            @NotNull VoiceType type,
            @NotEmpty @Size(max = 5) @Schema(description = "分類コード (category codes)",
                    examples = "[\"roads\"]") List<@NotBlank @Size(max = 30) String> categories,
            @Size(max = 6) @Schema(description = "区コード。区の職員は省略すると自分の区 (ward code; ward staff default to their own)",
                    examples = "431010") String wardCode,
            @Size(max = 50) @Schema(description = "校区 (school district)", examples = "慶徳校区") String schoolDistrict,
            @NotBlank @Size(max = 8000) @Schema(description = "内容 (what the resident said)",
                    examples = "通学路の街灯が切れていて夜は真っ暗です。") String text,
            @Schema(description = "受付日。省略時は今日 (received date; defaults to today, Asia/Tokyo)",
                    examples = "2026-11-20") LocalDate receivedOn,
            @Size(max = 200) @Schema(description = "場所 (where the matter is, not the resident's address)",
                    examples = "中央区新町2丁目 電車通り沿い") String location,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @Valid @Schema(
                    description = "申出人の個人情報 (任意)。声とは別に保管され、応答には含まれない (the resident's personal data, optional; stored apart and never returned with the voice)") PersonalDataInput personalData) {
    }

    @Schema(name = "VoicePersonalDataInput", description = "申出人の個人情報 (the resident's personal data)")
    public record PersonalDataInput(
            @Size(max = 100) @Schema(examples = "見本 太郎") String name,
            @Size(max = 300) @Schema(examples = "熊本市中央区見本町1-1") String address,
            @Size(max = 30) @Schema(examples = "096-000-0000") String phone,
            @Email @Size(max = 254) @Schema(examples = "taro@example.jp") String email,
            @Schema(description = "連絡してよいか (consent to be contacted)") boolean consentToContact) {
    }

    @Schema(name = "PublicationCheckInput", description = "公表前に確かめる文 (a text to check before publishing)")
    public record PublicationCheckInput(
            @NotBlank @Size(max = 8000) @Schema(examples = "近所の田中さん（82歳）から、096-000-0000 に連絡がほしいとのことです。") String text) {
    }

    @Schema(name = "PublicationCheck",
            description = "個人情報らしき記述の印。判定ではなく、職員が一つずつ確かめるためのもの (what looks like personal data, for staff to confirm or edit one by one)")
    public record PublicationCheck(List<PersonalDataDetector.Flag> flags) {
    }

    @Schema(name = "VoiceTriageInput",
            description = "振り分け: 回答期限・区・分類の確認 (triage: due date, ward and categories checked)")
    public record TriageInput(
            @Schema(description = "回答期限。省略時は受付日から 14 日 (due date; defaults to 14 days after receipt)",
                    examples = "2026-12-04") LocalDate dueOn,
            @Size(max = 6) @Schema(description = "区を直す場合 (to correct the ward)", examples = "431010") String wardCode,
            @Size(max = 5) @Schema(description = "分類を直す場合 (to correct the categories)") List<@NotBlank @Size(
                    max = 30) String> categories,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "VoiceAssignInput",
            description = "担当の割当て・移ちょう: 区、本庁の課、担当者 (区の職員か課に属する本庁職員) のどれか一つ。担当者を指定すると、その人の区か課にも割り当てる (assign or transfer: a ward, an HQ section or a person, exactly one; a person brings their ward or section along)")
    public record AssignInput(
            @Size(max = 6) @Schema(examples = "431010") String wardCode,
            @Size(max = 40) @Schema(examples = "road-maintenance") String sectionCode,
            @Size(max = 50) @Schema(description = "担当者のユーザー名 (the username of the person)",
                    examples = "chuo") String staffUsername,
            @Size(max = 2000) @Schema(examples = "道路の維持管理のため道路保全課へ") String note) {
    }

    @Schema(name = "VoiceBulkAction",
            description = "一括操作: 振り分け (TRIAGE)、担当の割当て (ASSIGN)、移ちょう (TRANSFER)、完了 (CLOSE)、分類の変更 (CATEGORIZE) (a bulk action)")
    public enum BulkAction {
        TRIAGE, ASSIGN, TRANSFER, CLOSE, CATEGORIZE
    }

    @Schema(name = "VoiceBulkItem", description = "一括操作する声と、読んだときの版 (a voice and the version you read)")
    public record BulkItem(@NotNull @Schema(examples = "12") Long id,
            @NotNull @Schema(description = "一覧で読んだ版 (ETag の値) (the version you read, as in the ETag)",
                    examples = "1") Long version) {
    }

    @Schema(name = "VoiceBulkInput",
            description = "声をまとめて扱う: すべて成功するか、何も変えないか (all of them change, or none does)")
    public record BulkInput(
            @NotNull BulkAction action,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid BulkItem> items,
            @Size(max = 6) @Schema(description = "ASSIGN・TRANSFER: 区 (ward)", examples = "431010") String wardCode,
            @Size(max = 40) @Schema(description = "ASSIGN・TRANSFER: 本庁の課 (HQ section)",
                    examples = "road-maintenance") String sectionCode,
            @Size(max = 50) @Schema(description = "ASSIGN・TRANSFER: 担当者 (a person)",
                    examples = "chuo") String staffUsername,
            @Size(max = 5) @Schema(description = "CATEGORIZE (必須)・TRIAGE (任意): 分類コード (category codes)",
                    examples = "[\"roads\"]") List<@NotBlank @Size(max = 30) String> categories,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "VoiceBulkResult", description = "一括操作の結果: 変わった声 (the voices, as changed)")
    public record BulkResult(BulkAction action, List<VoiceSummary> voices) {
    }

    @Schema(name = "VoiceAssignee",
            description = "担当者に選べる職員: 区の職員と課に属する本庁職員 (a person work can be assigned to)")
    public record AssigneeView(@Schema(examples = "chuo") String username,
            @Schema(examples = "中央 花子") String displayName, jp.wardhub.auth.Role role,
            @Schema(nullable = true, examples = "431010") String wardCode,
            @Schema(nullable = true, examples = "policy") String bureauCode,
            @Schema(nullable = true, examples = "ward-coordination") String sectionCode) {
    }

    @Schema(name = "VoiceAnswerInput", description = "回答 (the answer given to the resident)")
    public record AnswerInput(
            @NotBlank @Size(max = 8000) @Schema(examples = "現地を確認し、11月28日に街灯を交換しました。") String answer,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "VoiceCloseInput", description = "完了 (closing)")
    public record CloseInput(@Size(max = 2000) String note) {
    }

    @Schema(name = "VoicePublishInput",
            description = "公表の判断: 匿名化した公表文か、公表しない理由のどちらか一方 (publish an anonymised text, or give the reason for not publishing)")
    public record PublishInput(
            @Size(max = 8000) @Schema(description = "匿名化した公表文 (the anonymised text)") String publishedText,
            @Size(max = 8000) @Schema(
                    description = "公表する回答。省略すると回答をそのまま公表する。回答に申出人の名前などがあれば、除いた文をここに (the answer as published; the answer as written when left out: give an edited one to take out e.g. the resident's name)",
                    examples = "現地を確認し、街灯を交換しました。") String publishedAnswer,
            @Size(max = 3) @Schema(
                    description = "公表する写真の番号 (1〜3)。省略すると写真は公表しない。顔・ナンバープレート・住まいが写っていないものだけを (the photos to show with the published voice, by position; none when left out)",
                    examples = "[1]") List<@NotNull Integer> publicPhotos,
            NotPublishedReason notPublishedReason,
            @Size(max = 2000) String note,
            @Size(max = 100) @Schema(
                    description = "公表文と公表する回答の中で個人情報らしく見えるが、確かめて公表してよいとした記述 (publication-check の text)。印の付いた記述がすべてここにないと公表できない (the flagged texts of the public text and answer that staff checked and let stand; every flag must be here to publish)",
                    examples = "[\"2丁目3番地\"]") List<@NotNull @Size(max = 200) String> confirmedFlags) {
    }

    // ---- responses ----

    @Schema(name = "VoiceHistoryEntry", description = "対応履歴の 1 件 (one workflow step)")
    public record HistoryView(Instant occurredAt, String actor,
            @Schema(examples = "TRANSFER") String action, @Schema(nullable = true) VoiceState fromStatus,
            VoiceState toStatus,
            @Schema(nullable = true, examples = "ward:431010") String fromAssignee,
            @Schema(nullable = true, examples = "section:road-maintenance") String toAssignee,
            @Schema(nullable = true) String note) {
    }

    @Schema(name = "VoicePublication", description = "公表 (publication)")
    public record PublicationView(Publication status, @Schema(nullable = true) String publishedText,
            @Schema(nullable = true, description = "公表した回答 (the answer as published)") String publishedAnswer,
            @Schema(nullable = true) NotPublishedReason notPublishedReason) {
    }

    @Schema(name = "VoicePhoto", description = "写真 (a photo; read it at /api/v1/voices/{id}/photos/{position})")
    public record PhotoView(@Schema(examples = "1") int position, @Schema(examples = "image/jpeg") String mediaType,
            int width, int height,
            @Schema(description = "公表した声と一緒に公開している (shown with the published voice)") boolean published) {
    }

    @Schema(name = "Voice",
            description = "区民の声 (a voice), 対応履歴つき。個人情報は含まない (with its history; never the personal data)")

    public record VoiceView(long id,
            @Schema(examples = "V-2026-000123") String reference,
            VoiceChannel channel, VoiceType type,
            @Schema(examples = "[\"roads\"]") List<String> categories,
            @Schema(nullable = true, examples = "431010") String wardCode,
            @Schema(nullable = true) String schoolDistrict, String text, @Schema(nullable = true) String location,
            @Schema(nullable = true) BigDecimal latitude, @Schema(nullable = true) BigDecimal longitude,
            LocalDate receivedOn, LocalDate dueOn,
            @Schema(description = "回答期限を過ぎて未回答 (past its due date without an answer)") boolean overdue,
            VoiceState status, @Schema(nullable = true) String assignedWardCode,
            @Schema(nullable = true) String assignedSectionCode,
            @Schema(nullable = true, description = "担当者のユーザー名 (the person it is assigned to)",
                    examples = "chuo") String assignedStaff,
            @Schema(nullable = true) String answer, @Schema(nullable = true) Instant answeredAt,
            @Schema(nullable = true) String answeredBy,
            PublicationView publication,
            @Schema(description = "個人情報の登録があるか (whether personal data is on file; read it at /personal-data)") boolean hasPersonalData,
            @Schema(description = "あなたが個人情報を見られるか (whether you may read the personal data: the staff handling the voice)") boolean canReadPersonalData,
            @Schema(nullable = true, description = "意見が出た対話集会 (the dialogue meeting where it was raised)",
                    examples = "1") Long dialogueMeetingId,
            @Schema(description = "区民が送った写真 (photos the resident sent, without their metadata)") List<PhotoView> photos,
            String createdBy, Instant createdAt, Instant updatedAt,
            @Schema(description = "いまできる操作 (actions you may take now)") List<VoiceState.Action> actions,
            List<HistoryView> history,
            long version) implements Versioned {
    }

    @Schema(name = "VoiceSummary", description = "一覧の 1 件 (a voice in a list)")
    public record VoiceSummary(long id, String reference, VoiceChannel channel, VoiceType type, List<String> categories,
            @Schema(nullable = true) String wardCode, @Schema(nullable = true) String schoolDistrict,
            @Schema(description = "内容の冒頭 (the first 100 characters)") String excerpt,
            LocalDate receivedOn, LocalDate dueOn, boolean overdue, VoiceState status,
            @Schema(nullable = true) String assignedWardCode,
            @Schema(nullable = true) String assignedSectionCode,
            @Schema(nullable = true, description = "担当者のユーザー名 (the person it is assigned to)",
                    examples = "chuo") String assignedStaff,
            Publication publication,
            @Schema(description = "版。一括操作で送り返す (the version, to send back with a bulk action)") long version) {
    }

    @Schema(name = "VoicePage", description = "区民の声の 1 ページ (a page of voices)")
    public record VoicePage(List<VoiceSummary> items, int page, int size, long total) {
    }

    @Schema(name = "VoicePersonalData",
            description = "申出人の個人情報。読むたびに監査記録に残る (the resident's personal data; every read is audited)")
    public record PersonalDataView(long voiceId, String reference, String name, @Schema(nullable = true) String address,
            @Schema(nullable = true) String phone, @Schema(nullable = true) String email,
            boolean consentToContact) {
    }

    @Schema(name = "VoiceCategory", description = "分類 (a category)")
    public record CategoryView(@Schema(examples = "roads") String code, @Schema(examples = "道路") String nameJa,
            @Schema(examples = "Roads") String nameEn, String groupJa) {
    }

    @Schema(name = "VoiceStatsBucket", description = "集計の 1 区分 (one bucket)")
    public record StatsBucket(@Schema(examples = "roads") String key, @Schema(examples = "道路") String labelJa,
            @Schema(examples = "Roads") String labelEn, long count) {
    }

    @Schema(name = "VoiceStats",
            description = "区民の声の件数 (counts of voices). 分類別では 1 件が複数の分類に数えられる (by category, a voice counts once per category)")
    public record StatsView(@Schema(examples = "category") String groupBy, @Schema(nullable = true) LocalDate from,
            @Schema(nullable = true) LocalDate to,
            @Schema(description = "条件に合う声の件数 (voices matching)") long total, List<StatsBucket> buckets) {
    }

    @Schema(name = "VoiceCategoryMonths", description = "1 つの分類の月別件数 (one category's counts per month)")
    public record CategoryMonths(@Schema(examples = "roads") String key, @Schema(examples = "道路") String labelJa,
            @Schema(examples = "Roads") String labelEn,
            @Schema(description = "months と同じ順の件数 (counts, in the order of months)") List<Long> counts,
            long total) {
    }

    @Schema(name = "VoiceAnalysis",
            description = "区民の声の分析に描く集計をまとめて (every figure of the analysis page at once): 件数、分類別・月別、区別、受付方法別、期限超過の区別")
    public record AnalysisView(@Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to,
            @Schema(description = "条件に合う声の件数 (voices matching)") long total,
            @Schema(description = "月 (YYYY-MM、古い順)。期間の両端があれば声のない月も含む (months, oldest first; with both ends given, months without voices too)",
                    examples = "[\"2026-09\", \"2026-10\"]") List<String> months,
            @Schema(description = "すべての分類 (並び順)。1 件が分類の数だけ数えられる (every category in its order; a voice counts once per category)") List<CategoryMonths> byCategoryMonth,
            @Schema(description = "区別 (by ward)") List<StatsBucket> byWard,
            @Schema(description = "受付方法別 (by channel)") List<StatsBucket> byChannel,
            @Schema(description = "回答期限を過ぎた未回答の声の件数 (overdue voices)") long overdueTotal,
            @Schema(description = "期限超過の区別 (overdue voices by ward)") List<StatsBucket> overdueByWard) {
    }
}
