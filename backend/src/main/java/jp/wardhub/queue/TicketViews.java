package jp.wardhub.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.Versioned;

/** Request and response bodies for tickets. A ticket holds no personal data. */
public final class TicketViews {

    private TicketViews() {
    }

    @Schema(name = "TicketInput", description = "発券 (issuing a ticket)")
    public record TicketInput(
            @NotNull @Schema(description = "受付区分 ID (the lane)", examples = "1") Long laneId,
            @Schema(nullable = true,
                    description = "優先受付の理由。指定するとほかの方より先に呼ばれる (served first when given)") Priority priority) {
    }

    @Schema(name = "TicketFinish", description = "対応の完了: 行った手続き (what was done)")
    public record FinishInput(
            @NotEmpty @Size(max = 20) @Schema(description = "行った手続きのコード (procedure codes, at least one)",
                    examples = "[\"juminhyo-copy\"]") List<@NotBlank String> procedures) {
    }

    @Schema(name = "TicketTransfer", description = "別の受付区分への転送 (sending the visitor to another lane)")
    public record TransferInput(@NotNull @Schema(description = "転送先の受付区分 ID (the lane)") Long laneId) {
    }

    @Schema(name = "Ticket", description = "整理券 (a numbered ticket); 個人情報は含まない (no personal data)")
    public record TicketView(long id, long officeId, long laneId,
            @Schema(examples = "住民異動") String laneNameJa,
            @Schema(examples = "Moving") String laneNameEn,
            @Schema(description = "番号 (what the visitor holds)", examples = "A-001") String label,
            LocalDate businessDate,
            @Schema(nullable = true) Priority priority,
            TicketState state,
            IssuedVia issuedVia,
            @Schema(description = "最初の発券時刻。転送でも変わらない (first arrival, kept through transfers)") Instant arrivedAt,
            @Schema(description = "この区分に並んだ時刻 (joined this lane)") Instant queuedAt,
            @Schema(nullable = true) Instant calledAt,
            @Schema(nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true, description = "呼び出した窓口の番号 (the window it was called to)") Integer windowNumber,
            @Schema(nullable = true) String windowNameJa,
            @Schema(nullable = true) String windowNameEn,
            int callCount,
            @Schema(description = "行った手続き (procedures done, when finished)") List<String> procedures,
            @Schema(nullable = true,
                    description = "転送元の整理券 ID (the ticket it was transferred from)") Long transferredFrom,
            @Schema(nullable = true,
                    description = "待っている間: 前に何人いるか (while waiting: how many are ahead)") Integer waitingAhead,
            @Schema(nullable = true,
                    description = "待っている間: 呼ばれるまでの目安 (分) (while waiting: estimated minutes)") Integer estimatedWaitMinutes,
            @Schema(description = "あなたがこの整理券にいまできる操作 (what you may do to it now)") List<TicketState.Action> actions,
            long version) implements Versioned {
    }

    @Schema(name = "TicketPage")
    public record TicketPage(List<TicketView> items, int page, int size, long total) {
    }
}
