package jp.wardhub.platform.audit;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.QueryParams;

/** The query parameters of the audit trail ({@code GET /api/v1/audit} and its CSV export), as they arrive. */
public record AuditQuery(
        @Parameter(description = "記録の種類 (entity type), e.g. office") @QueryParam("entity") String entity,
        @Parameter(
                description = "記録の ID (entity id); entity と一緒に指定する (counts only with entity)") @QueryParam("id") String id,
        @Parameter(description = "操作した人のユーザー名 (who: the username, or system)",
                example = "admin") @QueryParam("actor") String actor,
        @Parameter(description = "操作 (action), e.g. create, update, read-personal-data",
                example = "update") @QueryParam("action") String action,
        @Parameter(description = "この日 (東京時間) 以降 (on or after this date, Asia/Tokyo)",
                example = "2026-04-01") @QueryParam("from") String from,
        @Parameter(description = "この日 (東京時間) まで (up to and including this date, Asia/Tokyo)",
                example = "2027-03-31") @QueryParam("to") String to,
        @Parameter(description = "true: 個人情報の閲覧の記録だけ (only reads of personal data)",
                schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("personalDataReads") String personalDataReads,
        @QueryParam("page") String page,
        @QueryParam("size") String size) {

    /** The filters; a malformed date or flag, or a range that ends before it starts, is a 400 naming the parameter. */
    public AuditLog.Filter filter() {
        var fromDate = BusinessTime.date("from", from, null);
        var toDate = BusinessTime.date("to", to, null);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalid("to", "AfterFrom", "from 以降の日付を指定してください (to must not be before from)");
        }
        return new AuditLog.Filter(text(entity), text(id), text(actor), text(action), fromDate, toDate,
                Boolean.TRUE.equals(QueryParams.flag("personalDataReads", personalDataReads)));
    }

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
