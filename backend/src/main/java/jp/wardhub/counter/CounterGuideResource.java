package jp.wardhub.counter;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.counter.CounterViews.AvailabilityMatrix;
import jp.wardhub.counter.CounterViews.CategoryView;
import jp.wardhub.counter.CounterViews.ChannelView;
import jp.wardhub.counter.CounterViews.FinderAnswer;
import jp.wardhub.counter.CounterViews.OfficeProcedures;
import jp.wardhub.counter.CounterViews.OpenNow;
import jp.wardhub.counter.CounterViews.PlaceHours;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.ProblemException;

/** The public counter guide: categories, the matrix, the finder, and when places are open. */
@Path("/api/v1")
@Tag(name = "counter", description = "窓口案内: 手続き・取扱い・開庁時間 (counter guide: procedures, availability, hours)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class CounterGuideResource {

    @Inject
    CounterService counter;

    @GET
    @Path("/procedure-categories")
    @Operation(summary = "手続きの分類の一覧", description = "分類と各分類の手続き数。 Procedure categories with their counts.")
    @APIResponse(responseCode = "200", description = "分類の一覧 (the categories)")
    public List<CategoryView> listProcedureCategories() {
        return counter.categories();
    }

    @GET
    @Path("/channels")
    @Operation(summary = "窓口以外の手続き方法の一覧",
            description = "コンビニ交付・オンライン・郵送・自動交付機と、その利用条件。 The channels beside the offices.")
    @APIResponse(responseCode = "200", description = "チャネルの一覧 (the channels)")
    public List<ChannelView> listChannels() {
        return counter.channels();
    }

    @GET
    @Path("/offices/{id}/procedures")
    @Operation(summary = "施設でできる手続き", description = "ある施設で取り扱う手続きの一覧。 What can be done at one office.")
    @APIResponse(responseCode = "200", description = "手続きの一覧 (the procedures)")
    public OfficeProcedures listOfficeProcedures(@Parameter(example = "2") @PathParam("id") long id) {
        return counter.officeProcedures(id);
    }

    @GET
    @Path("/availability-matrix")
    @Operation(summary = "取扱い一覧表",
            description = "手続き × 施設・チャネルの表。levels は places と同じ順。 Procedures × places as one table; levels follow the order of places.")
    @APIResponse(responseCode = "200", description = "取扱い一覧表 (the matrix)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AvailabilityMatrix.class)))
    public byte[] getAvailabilityMatrix(
            @Parameter(description = "区コード: その区の施設とチャネルだけにする (ward code)", example = "431010")
            @QueryParam("ward") String ward,
            @Parameter(description = "分類コード (category code)") @QueryParam("category") String category) {
        return counter.matrixJson(ward, category);
    }

    @GET
    @Path("/offices/{id}/hours")
    @Operation(summary = "施設の開庁日と時間",
            description = "日ごとの開庁・閉庁、時間帯、理由 (祝日名・休日開庁・臨時休業・年末年始)。最長 366 日。 Hours by date, at most 366 days.")
    @APIResponse(responseCode = "200", description = "日ごとの開庁状況 (hours by date)")
    public PlaceHours getOfficeHours(@Parameter(example = "2") @PathParam("id") long id,
            @Parameter(description = "開始日 (from), 省略時は今日", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "終了日 (to), 省略時は開始日から 6 日後", example = "2026-12-07") @QueryParam("to") String to) {
        return hours(PlaceKey.office(id), from, to);
    }

    @GET
    @Path("/offices/{id}/open-now")
    @Operation(summary = "施設がいま開いているか",
            description = "指定時刻 (省略時は現在) に開いているか、閉まる時刻、次に開く時刻。 Open at an instant, and the next opening.")
    @APIResponse(responseCode = "200", description = "開庁状況 (open or not)")
    public OpenNow getOfficeOpenNow(@Parameter(example = "2") @PathParam("id") long id,
            @Parameter(description = "時刻 (ISO-8601, オフセットつき)", example = "2026-12-01T10:00:00+09:00")
            @QueryParam("at") String at) {
        return counter.openNow(PlaceKey.office(id), instant(at));
    }

    @GET
    @Path("/channels/{code}/hours")
    @Operation(summary = "チャネルの利用可能日と時間", description = "コンビニ交付・オンライン・郵送・自動交付機の日ごとの利用可能時間。 A channel's hours by date.")
    @APIResponse(responseCode = "200", description = "日ごとの利用可能時間 (hours by date)")
    public PlaceHours getChannelHours(@Parameter(example = "convenience-store") @PathParam("code") String code,
            @Parameter(example = "2026-12-28") @QueryParam("from") String from,
            @Parameter(example = "2027-01-04") @QueryParam("to") String to) {
        return hours(PlaceKey.channel(code), from, to);
    }

    @GET
    @Path("/finder")
    @Operation(summary = "どこで・いつ手続きできるか",
            description = "手続き (code または q) を指定した日にできる施設とチャネルを、指定区の施設 → 他区の施設 → チャネルの順に、その日の時間・条件・手数料・持ち物とともに返す。どこも開いていなければ理由と次に手続きできる日。 Where and when a procedure can be done on a date.")
    @APIResponse(responseCode = "404", description = "手続きが見つからない (no such or no matching procedure)")
    @APIResponse(responseCode = "200", description = "答え (the answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FinderAnswer.class)))
    public byte[] find(
            @Parameter(description = "手続きコード (procedure code)", example = "juminhyo-copy")
            @QueryParam("procedure") String procedure,
            @Parameter(description = "または手続きのキーワード (or free text)", example = "じゅうみんひょう") @QueryParam("q") String q,
            @Parameter(description = "日付 (date), 省略時は今日", example = "2026-12-01") @QueryParam("date") String date,
            @Parameter(description = "住んでいる区 (your ward): その区の施設を先に", example = "431010")
            @QueryParam("ward") String ward) {
        return counter.findJson(procedure, q, BusinessTime.calendarDate("date", date, BusinessTime.today()), ward);
    }

    private PlaceHours hours(PlaceKey key, String from, String to) {
        var start = BusinessTime.calendarDate("from", from, BusinessTime.today());
        return counter.hours(key, start,
                BusinessTime.calendarDate("to", to, BusinessTime.notPastCalendar(start.plusDays(6))));
    }

    private static OffsetDateTime instant(String at) {
        if (at == null || at.isBlank()) {
            return OffsetDateTime.now(BusinessTime.ZONE);
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(at.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("at", "DateTime",
                    "オフセットつきの ISO-8601 日時で指定してください (ISO-8601 with offset, e.g. 2026-12-01T10:00:00+09:00)");
        }
        // checked before the move to Tokyo time, which overflows for the years next to ±999999999
        if (!BusinessTime.hasFourDigitYear(instant.toLocalDate())
                || !BusinessTime.inCalendar(instant.atZoneSameInstant(BusinessTime.ZONE).toLocalDate())) {
            throw BusinessTime.outsideCalendar("at");
        }
        return instant;
    }
}
