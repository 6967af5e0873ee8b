package jp.wardhub.counter;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.platform.Versioned;

/** Q&A request and response bodies. */
public final class FaqViews {

    private FaqViews() {
    }

    @Schema(name = "FaqRevision", description = "Q&A の版 (one revision of an entry)")
    public record RevisionView(int revision, @Schema(examples = "住民票の写しは代理人でも取れますか。") String questionJa,
            String answerJa, @Schema(nullable = true) String questionEn, @Schema(nullable = true) String answerEn,
            String author,
            Instant createdAt, @Schema(nullable = true) String approvedBy,
            @Schema(nullable = true) Instant approvedAt) {
    }

    @Schema(name = "Faq", description = "Q&A・マニュアルの項目 (a Q&A entry). published は公開中の版、latest は最新の版 (職員のみ)")
    public record FaqView(long id, @Schema(nullable = true) String procedureCode, FaqAudience audience,
            @Schema(nullable = true) FaqState state, String ownerSectionCode,
            @Schema(nullable = true, description = "公開中の版 (the published revision)") RevisionView published,
            @Schema(nullable = true, description = "最新の版。職員のみ (the latest revision; staff only)") RevisionView latest,
            @Schema(description = "この状態でできる操作 (actions allowed now)") List<FaqState.Action> actions,
            long version) implements Versioned {
    }

    @Schema(name = "FaqPage", description = "Q&A の 1 ページ (a page of Q&A entries)")
    public record FaqPage(List<FaqView> items, int page, int size, long total) {
    }

    @Schema(name = "FaqInput", description = "Q&A の下書き (a draft: creates an entry or a new revision)")
    public record FaqInput(
            @Size(max = 40) @Schema(examples = "juminhyo-copy") String procedureCode,
            @NotNull FaqAudience audience,
            @Size(max = 40) @Schema(
                    description = "所管課。省略時は手続きの所管課 (defaults to the procedure's owner)") String ownerSectionCode,
            @NotBlank @Size(max = 1000) String questionJa,
            @NotBlank @Size(max = 8000) String answerJa,
            @Size(max = 1000) String questionEn,
            @Size(max = 8000) String answerEn) {
    }
}
