package jp.wardhub.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jp.wardhub.organization.OrganizationViews.BureauRef;
import jp.wardhub.organization.OrganizationViews.WardRef;
import jp.wardhub.platform.Versioned;

/** Response bodies of prior consultations. */
public final class ConsultationViews {

    private static final String BUSINESS_DAYS_LEFT = "今日の翌日から回答期限の日までの開庁日の数。期限の日が今日なら 0、締切後は null"
            + " (business days after today up to the deadline; 0 on the last day, null once closed)";

    private ConsultationViews() {
    }

    @Schema(name = "ConsultationResponse",
            description = "区の回答 (a ward's answer); ETag で書き直せる (replace it with If-Match)")
    public record ResponseView(@Schema(examples = "3") long consultationId, WardRef ward, ConsultationStance stance,
            @Schema(nullable = true) String comments, @Schema(examples = "chuo") String respondedBy,
            Instant respondedAt, long version) implements Versioned {
    }

    @Schema(name = "ConsultationWard", description = "協議先の区とその回答 (an addressed ward and its answer, if any)")
    public record AddressedWard(WardRef ward, @Schema(nullable = true) ResponseView response) {
    }

    @Schema(name = "ConsultationReport", description = "進捗報告 (a progress report)")
    public record ReportView(long id, long consultationId, @Schema(examples = "2027-02-10") LocalDate reportedOn,
            String body,
            @Schema(examples = "hq") String author, Instant createdAt, long version) implements Versioned {
    }

    @Schema(name = "Consultation",
            description = "事前協議 (a prior consultation) with the wards' answers and the progress reports")
    public record ConsultationView(
            @Schema(examples = "3") long id,
            BureauRef bureau,
            @Schema(examples = "市道の通学路区間のカラー舗装 (サンプル)") String title,
            String description,
            @Schema(examples = "2027-01-15") LocalDate deadline,
            @Schema(description = "回答を受け付けている (answers are accepted: today is on or before the deadline)") boolean open,
            @Schema(nullable = true, description = BUSINESS_DAYS_LEFT) Integer businessDaysLeft,
            String createdBy,
            Instant createdAt,
            List<AddressedWard> wards,
            @Schema(description = "進捗報告 (reports), oldest first") List<ReportView> reports,
            long version) implements Versioned {
    }

    @Schema(name = "ConsultationWardStance",
            description = "協議先の区と回答の区分 (an addressed ward and its stance; null until it answers)")
    public record WardStance(@Schema(examples = "431010") String wardCode,
            @Schema(nullable = true) ConsultationStance stance) {
    }

    @Schema(name = "ConsultationSummary", description = "事前協議の概要 (a consultation in a list)")
    public record ConsultationSummary(long id, BureauRef bureau, String title,
            @Schema(examples = "2027-01-15") LocalDate deadline,
            boolean open, @Schema(nullable = true, description = BUSINESS_DAYS_LEFT) Integer businessDaysLeft,
            List<WardStance> wards,
            @Schema(examples = "2") long reports, long version) {
    }

    @Schema(name = "ConsultationPage", description = "事前協議の 1 ページ (a page of consultations), latest deadline first")
    public record ConsultationPage(List<ConsultationSummary> items, @Schema(examples = "0") int page,
            @Schema(examples = "20") int size, @Schema(examples = "6") long total) {
    }
}
