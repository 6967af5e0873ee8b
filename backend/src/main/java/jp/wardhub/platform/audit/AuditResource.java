package jp.wardhub.platform.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.list.ListQuery;

@Path("/api/v1/audit")
@Tag(name = "audit", description = "監査記録 (audit trail)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class AuditResource {

    @Schema(name = "AuditPage")
    public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "監査記録を見る",
            description = "記録ごとの変更履歴 (誰が・いつ・何を・変更前後) を新しい順に返す。操作者・操作・記録・期間で絞り込め、personalDataReads=true で個人情報の閲覧の記録だけになる。管理者のみ。 The audit trail, newest first, filtered by who, action, record and dates; personalDataReads=true gives the log of personal-data reads. Administrators only.")
    @SecurityRequirement(name = "bearer")
    public AuditPage listAudit(@BeanParam AuditQuery query) {
        AuditLog.Filter filter = query.filter();
        PageRequest request = query.pageRequest();
        ListQuery.Page<AuditEntry> found = audit.page(filter, request);
        return new AuditPage(found.rows(), request.page(), request.size(), found.total());
    }

    @GET
    @Path("/export.csv")
    @RolesAllowed("ADMIN")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "監査記録を CSV で出力する",
            description = "一覧と同じ条件の記録を新しい順に CSV (UTF-8, BOM 付き) で。" + AuditLog.EXPORT_MAX_ROWS
                    + " 件まで。管理者のみ。 The filtered audit trail as CSV, newest first; administrators only.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "CSV")
    @APIResponse(responseCode = "422", description = "件数が多すぎる (too many entries: narrow the filters)")
    public RestResponse<String> exportAuditCsv(@BeanParam AuditQuery query) {
        AuditLog.Filter filter = query.filter();
        return Csv.attachment(audit.exportCsv(filter),
                filter.personalDataReads() ? "personal-data-reads.csv" : "audit.csv");
    }
}
