package jp.wardhub.counter;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.counter.hours.DayKind;
import jp.wardhub.counter.hours.PeriodKind;
import jp.wardhub.organization.OfficeType;
import jp.wardhub.platform.Versioned;

/** The counter catalogue's API bodies. */
public final class CounterViews {

    private CounterViews() {
    }

    @Schema(name = "ProcedureCategory", description = "手続きの分類 (a procedure category)")
    public record CategoryView(@Schema(examples = "residence-certificates") String code,
            @Schema(examples = "住民票・戸籍") String nameJa,
            @Schema(examples = "Residence and family register certificates") String nameEn,
            @Schema(examples = "8") int procedureCount) {
    }

    @Schema(name = "ProcedureSummary", description = "手続きの概要 (a procedure, briefly)")
    public record ProcedureSummary(@Schema(examples = "juminhyo-copy") String code,
            @Schema(examples = "住民票の写し") String nameJa,
            @Schema(examples = "じゅうみんひょうのうつし") String nameKana,
            @Schema(examples = "Copy of residence certificate") String nameEn,
            String categoryCode, @Schema(examples = "住民票・戸籍") String categoryJa, String categoryEn,
            @Schema(nullable = true, examples = "300") Integer feeYen, ProcedureStatus status,
            @Schema(description = "所管課 (owning HQ section)",
                    examples = "ward-administration") String ownerSectionCode) {
    }

    @Schema(name = "Procedure", description = "手続き (a procedure of the catalogue)")
    public record ProcedureView(String code, String categoryCode, String nameJa, String nameKana, String nameEn,
            @Schema(nullable = true, description = "別名・検索語 (aliases)") String keywords,
            String description,
            @Schema(nullable = true,
                    description = "内容の英語。未翻訳は null (the description in English; null when not translated)",
                    examples = "A document certifying the address, name and date of birth recorded in the Basic Resident Register.") String descriptionEn,
            @Schema(description = "持ち物 (what to bring)") String whatToBring,
            @Schema(nullable = true,
                    description = "持ち物の英語。未翻訳は null (what to bring in English; null when not translated)",
                    examples = "Proof of identity, such as a My Number Card (マイナンバーカード), driver's licence or passport") String whatToBringEn,
            @Schema(nullable = true) Integer feeYen, @Schema(nullable = true) String feeNote,
            @Schema(nullable = true,
                    description = "手数料の補足の英語。未翻訳は null (the fee note in English; null when not translated)",
                    examples = "¥300 per copy (sample)") String feeNoteEn,
            @Schema(description = "処理期間 (processing time)") String processingTime,
            @Schema(nullable = true,
                    description = "処理期間の英語。未翻訳は null (the processing time in English; null when not translated)",
                    examples = "Issued the same day") String processingTimeEn,
            @Schema(description = "所管課 (owning HQ section)") String ownerSectionCode,
            @Schema(description = "根拠法令 (legal basis)") String legalBasis,
            ProcedureStatus status, long version) implements Versioned {
    }

    @Schema(name = "ProcedurePage", description = "手続きの一覧の 1 ページ (a page of procedures)")
    public record ProcedurePage(List<ProcedureSummary> items, int page, int size, long total) {
    }

    @Schema(name = "Channel", description = "窓口以外の手続き方法 (a channel: convenience store, online, mail, kiosk)")
    public record ChannelView(@Schema(examples = "convenience-store") String code, ChannelKind kind,
            @Schema(examples = "コンビニ交付") String nameJa, String nameKana, String nameEn, String description,
            @Schema(description = "利用の条件 (requirements)", examples = "マイナンバーカードと暗証番号が必要") String requirements,
            @Schema(nullable = true) String url) {
    }

    @Schema(name = "Place", description = "手続きができる場所: 施設またはチャネル (an office or a channel)")
    public record PlaceView(@Schema(examples = "office:2") String key, PlaceKey.Kind kind,
            @Schema(nullable = true) Long officeId, @Schema(nullable = true) String channelCode,
            @Schema(examples = "中央区役所") String nameJa, String nameEn,
            @Schema(nullable = true, examples = "431010") String wardCode,
            @Schema(nullable = true) OfficeType officeType, @Schema(nullable = true) ChannelKind channelKind,
            @Schema(nullable = true) String address, @Schema(nullable = true) String phone) {
    }

    @Schema(name = "TimeSpan", description = "時間帯 (a time span; 24:00 is midnight at the end of the day)")
    public record TimeSpan(@Schema(examples = "08:30") String opens, @Schema(examples = "17:15") String closes) {
    }

    @Schema(name = "WeeklyHours", description = "曜日ごとの通常の時間 (regular hours of one weekday)")
    public record WeeklyHours(DayOfWeek day, List<TimeSpan> spans) {
    }

    @Schema(name = "DayHours", description = "ある日の開庁状況 (whether and when a place is open on a date)")
    public record DayHours(LocalDate date, boolean open, List<TimeSpan> spans, DayKind kind,
            @Schema(nullable = true, examples = "振替休日") String reasonJa,
            @Schema(nullable = true, examples = "Public holiday") String reasonEn) {
    }

    @Schema(name = "Offer", description = "ある場所での取扱い (what one place offers for a procedure)")
    public record OfferView(PlaceView place, AvailabilityLevel level, @Schema(nullable = true) String conditionsJa,
            @Schema(nullable = true) String conditionsEn,
            @Schema(description = "その区の住民のみ (residents of the place's ward only)") boolean residentsOnly,
            @Schema(nullable = true) Integer feeYen, @Schema(nullable = true) String feeNote,
            @Schema(description = "通常の受付時間 (regular hours for this procedure here)") List<WeeklyHours> regularHours,
            @Schema(description = "施設の開庁時間より狭い独自の時間がある (narrower hours than the place's)") boolean ownHours) {
    }

    @Schema(name = "ProcedureAvailability", description = "手続きを取り扱うすべての場所 (every place offering a procedure)")
    public record ProcedureAvailability(ProcedureSummary procedure, List<OfferView> offers) {
    }

    @Schema(name = "OfficeProcedure", description = "施設でできる手続き 1 件 (one procedure offered at an office)")
    public record OfficeProcedure(ProcedureSummary procedure, AvailabilityLevel level,
            @Schema(nullable = true) String conditionsJa, @Schema(nullable = true) String conditionsEn,
            boolean residentsOnly, @Schema(nullable = true) Integer feeYen, @Schema(nullable = true) String feeNote) {
    }

    @Schema(name = "OfficeProcedures", description = "施設でできる手続き (what can be done at an office)")
    public record OfficeProcedures(PlaceView place, List<OfficeProcedure> items) {
    }

    @Schema(name = "MatrixRow", description = "手続き 1 行: places と同じ順の取扱いレベル (levels aligned with places)")
    public record MatrixRow(ProcedureSummary procedure, List<AvailabilityLevel> levels,
            @Schema(description = "条件つきの列の番号 (indexes of places with conditions)") List<Integer> conditional) {
    }

    @Schema(name = "AvailabilityMatrix", description = "手続き × 場所の取扱い表 (procedures × places)")
    public record AvailabilityMatrix(List<PlaceView> places, List<MatrixRow> rows) {
    }

    @Schema(name = "PlaceHours", description = "場所の日ごとの開庁状況 (a place's hours by date)")
    public record PlaceHours(PlaceView place, LocalDate from, LocalDate to, List<DayHours> days) {
    }

    @Schema(name = "OpenNow", description = "いま開いているか (whether a place is open at an instant)")
    public record OpenNow(PlaceView place, OffsetDateTime at, boolean open,
            @Schema(nullable = true, description = "開いているなら閉まる時刻 (closing time when open)") OffsetDateTime closesAt,
            @Schema(nullable = true, description = "次に開く時刻 (the next opening)") OffsetDateTime nextOpening,
            DayHours today) {
    }

    @Schema(name = "OpeningSpan",
            description = "曜日の時間帯 (a weekday's span; dayOfWeek 1 Monday .. 7 Sunday, null every day)")
    public record SpanView(@Schema(nullable = true) Integer dayOfWeek, TimeSpan span) {
    }

    @Schema(name = "OpeningPeriod", description = "開庁期間 (an opening period)")
    public record OpeningPeriodView(long id, @Schema(examples = "office:2") String ownerKey, PeriodKind kind,
            @Schema(nullable = true) LocalDate startsOn,
            @Schema(nullable = true) LocalDate endsOn, @Schema(nullable = true) String reasonJa,
            @Schema(nullable = true) String reasonEn, List<SpanView> spans, long version) implements Versioned {
    }

    @Schema(name = "FinderResult", description = "その日に手続きができる場所 1 件 (one place that can do it that day)")
    public record FinderResult(PlaceView place, AvailabilityLevel level, @Schema(nullable = true) String conditionsJa,
            @Schema(nullable = true) String conditionsEn,
            boolean residentsOnly, @Schema(nullable = true) Integer feeYen, @Schema(nullable = true) String feeNote,
            @Schema(nullable = true,
                    description = "手数料の補足の英語。その場所独自の補足（日本語のみ）や未翻訳のときは null (the fee note in English; null when the place has its own note, kept in Japanese only, or when not translated)") String feeNoteEn,
            DayHours hours,
            @Schema(nullable = true,
                    description = "今日、開庁中の施設の今何人待ち。それ以外は null (the live queue of an office open now; null otherwise)") FinderQueue queue) {
    }

    @Schema(name = "FinderQueue",
            description = "手続きを受け付ける区分の今何人待ち。区分が決まらないときは施設全体 (the queue of the lane that takes the procedure; the whole office when no lane lists it)")
    public record FinderQueue(@Schema(nullable = true, examples = "B") String laneLetter,
            @Schema(nullable = true, examples = "証明書") String laneNameJa,
            @Schema(nullable = true, examples = "Certificates") String laneNameEn,
            @Schema(description = "待っている人数 (people waiting)") int waiting,
            @Schema(nullable = true,
                    description = "今発券した方が呼ばれるまでの目安 (分)。計算は OfficeQueue の区分と同じ (estimated minutes, as on the waiting board)") Integer estimatedWaitMinutes,
            @Schema(description = "集計した時刻 (when this was worked out)") Instant asOf) {
    }

    @Schema(name = "FinderAnswer", description = "「どこで・いつ」の答え (where and when a procedure can be done)")
    public record FinderAnswer(ProcedureView procedure, LocalDate date, @Schema(nullable = true) String ward,
            List<FinderResult> results,
            @Schema(nullable = true, description = "どこも開いていない理由 (why nothing is open that date)") String explanationJa,
            @Schema(nullable = true) String explanationEn,
            @Schema(nullable = true,
                    description = "次にどこかで手続きできる日 (the next date something is open)") LocalDate nextOpenDate,
            @Schema(description = "キーワード検索で他に見つかった手続き (other matches of q)") List<ProcedureSummary> alternatives) {
    }
}
