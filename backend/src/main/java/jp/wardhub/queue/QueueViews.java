package jp.wardhub.queue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public waiting board: what a wall screen, a phone and the finder show. No personal data. */
public final class QueueViews {

    private QueueViews() {
    }

    @Schema(name = "CalledTicket", description = "呼び出し中・呼び出し済みの番号 (a number called)")
    public record CalledTicket(@Schema(examples = "A-012") String label,
            @Schema(description = "窓口の番号 (the window)", examples = "3") int window,
            @Schema(examples = "1階 3番 区民課") String windowNameJa,
            @Schema(examples = "Floor 1, window 3, Residents Section") String windowNameEn,
            Instant calledAt) {
    }

    @Schema(name = "LaneQueue", description = "受付区分ごとの待ち状況 (one lane's queue)")
    public record LaneQueue(long laneId, @Schema(examples = "A") String letter,
            @Schema(examples = "住民異動") String nameJa,
            @Schema(examples = "Moving") String nameEn,
            @Schema(description = "待っている人数 (people waiting)") int waiting,
            @Schema(nullable = true,
                    description = "次に発券した方が呼ばれるまでの目安 (分)。待ち人数 × 最近の対応時間の中央値 ÷ 受付中の窓口数。受付中の窓口がないときは null (estimated minutes for someone taking a ticket now: waiting × the median service time of the lane's last 30 finished tickets in 28 days (5 minutes when fewer than 5) ÷ its open windows; null when no window is open)") Integer estimatedWaitMinutes,
            @Schema(description = "受付中の窓口の番号 (open windows serving it)") List<Integer> openWindows,
            @Schema(description = "最近呼ばれた番号、新しい順に 3 件まで (the last numbers called, newest first)") List<CalledTicket> lastCalled) {
    }

    @Schema(name = "OfficeQueue", description = "施設の今何人待ち (an office's waiting board)")
    public record OfficeQueue(long officeId, @Schema(examples = "中央区役所") String nameJa,
            @Schema(examples = "Chuo Ward Office") String nameEn,
            @Schema(examples = "431010") String wardCode,
            @Schema(description = "今、開庁しているか (open now)") boolean openNow,
            @Schema(nullable = true, description = "開庁中なら閉まる時刻 (closing time when open)") OffsetDateTime closesAt,
            @Schema(description = "集計した時刻 (when this was worked out)") Instant asOf,
            @Schema(description = "全区分の待ち人数 (people waiting in all lanes)") int waiting,
            List<LaneQueue> lanes,
            @Schema(description = "この状態に含まれる最後のイベントの ID (the last event included)") long lastEventId) {
    }

    @Schema(name = "QueueEvent", description = "フロアの出来事 (one change on the floor)")
    public record QueueEventView(long id, long officeId, QueueEventKind kind,
            @Schema(nullable = true, examples = "A-012") String label,
            @Schema(nullable = true) Long laneId,
            @Schema(nullable = true, description = "呼び出した窓口 (the window called to)") Integer window,
            Instant occurredAt) {
    }

    @Schema(name = "QueueUpdate",
            description = "イベントストリームの 1 件: 出来事と、その後の待ち状況 (one event of the stream: the change and the board after it)")
    public record QueueUpdate(@Schema(nullable = true,
            description = "出来事。接続時と再接続時の最初の 1 件では null (the change; null in the snapshot sent on connecting)") QueueEventView event,
            @Schema(nullable = true,
                    description = "この出来事の後の待ち状況。再接続で再送する古い出来事では null (the board after it; null for missed events replayed on reconnection)") OfficeQueue board) {
    }
}
