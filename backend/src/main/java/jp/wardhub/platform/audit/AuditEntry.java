package jp.wardhub.platform.audit;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit entry as the API shows it, also used as a record's change history. */
@Schema(name = "AuditEntry", description = "監査記録の 1 件 (one audit entry)")
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entity, String entityId,
        @Schema(nullable = true, description = "変更前の状態 (state before)") Map<String, Object> before,
        @Schema(nullable = true, description = "変更後の状態 (state after)") Map<String, Object> after,
        @Schema(nullable = true) String requestId) {
}
