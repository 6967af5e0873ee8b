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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;
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
            description = "記録ごとの変更履歴 (誰が・いつ・何を・変更前後) を新しい順に返す。管理者のみ。 The audit trail, newest first; administrators only.")
    @SecurityRequirement(name = "bearer")
    public AuditPage listAudit(@BeanParam AuditQuery query) {
        PageRequest request = query.pageRequest();
        ListQuery.Page<AuditEntry> found = audit.page(query.entity(), query.id(), request);
        return new AuditPage(found.rows(), request.page(), request.size(), found.total());
    }
}
