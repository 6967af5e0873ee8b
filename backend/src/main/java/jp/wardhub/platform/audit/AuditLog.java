package jp.wardhub.platform.audit;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.RequestIds;

/**
 * The audit trail. Services call {@link #record} inside their own transaction, so a write and its audit entry
 * commit or roll back together.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, Object id, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        event.action = action;
        event.entity = entity;
        event.entityId = String.valueOf(id);
        event.before = toJson(before);
        event.after = toJson(after);
        event.requestId = RequestIds.current();
        event.persist();
    }

    public List<AuditEvent> find(String entity, String id, PageRequest page) {
        return query(entity, id).page(page.page(), page.size()).list();
    }

    public long count(String entity, String id) {
        return query(entity, id).count();
    }

    private static io.quarkus.hibernate.orm.panache.PanacheQuery<AuditEvent> query(String entity, String id) {
        Sort newestFirst = Sort.descending("occurredAt", "id");
        if (entity != null && id != null) {
            return AuditEvent.find("entity = ?1 and entityId = ?2", newestFirst, entity, id);
        }
        if (entity != null) {
            return AuditEvent.find("entity", newestFirst, entity);
        }
        return AuditEvent.findAll(newestFirst);
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state not serialisable: " + state.getClass().getSimpleName(), e);
        }
    }
}
