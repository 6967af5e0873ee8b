package jp.wardhub.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jp.wardhub.platform.PageRequest;

@Path("/api/v1/audit")
@Tag(name = "audit", description = "監査記録 (audit trail)")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class AuditResource {

    @Schema(name = "AuditEntry", description = "監査記録の 1 件 (one audit entry)")
    public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entity, String entityId,
            @Schema(description = "変更前の状態 (state before)") Map<String, Object> before,
            @Schema(description = "変更後の状態 (state after)") Map<String, Object> after,
            String requestId) {
    }

    @Schema(name = "AuditPage")
    public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "監査記録を見る", description = "記録ごとの変更履歴 (誰が・いつ・何を・変更前後) を新しい順に返す。管理者のみ。 The audit trail, newest first; administrators only.")
    @SecurityRequirement(name = "bearer")
    public AuditPage listAudit(
            @Parameter(description = "記録の種類 (entity type), e.g. office") @QueryParam("entity") String entity,
            @Parameter(description = "記録の ID (entity id)") @QueryParam("id") String id,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        List<AuditEntry> items = audit.find(entity, id, request).stream().map(this::entry).toList();
        return new AuditPage(items, request.page(), request.size(), audit.count(entity, id));
    }

    private AuditEntry entry(AuditEvent e) {
        return new AuditEntry(e.id, e.occurredAt, e.actor, e.action, e.entity, e.entityId, parse(e.before), parse(e.after),
                e.requestId);
    }

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private Map<String, Object> parse(String state) {
        try {
            return state == null ? null : json.readValue(state, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
