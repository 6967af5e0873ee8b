package jp.wardhub.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.identity.SecurityIdentity;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.platform.Csv;
import jp.wardhub.platform.ETags;
import jp.wardhub.platform.PageRequest;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.RequestIds;
import jp.wardhub.platform.list.ListQuery;

/**
 * The audit trail. Services write records through {@link #persist} and {@link #change} (or call {@link #record})
 * inside their own transaction, so a write and its audit entry commit or roll back together.
 */
@ApplicationScoped
public class AuditLog {

    private static final String NEWEST_FIRST = "e.occurredAt desc, e.id desc";

    /**
     * 個人情報の閲覧: the actions that record a read of personal data (a voice's resident, a group's contact, the
     * resident's address read to send them mail). Each records the fact of the read, never the data.
     */
    public static final List<String> PERSONAL_DATA_READS = List.of("read-personal-data", "read-contact",
            "read-personal-data-for-mail");

    public static final int EXPORT_MAX_ROWS = 50_000;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, Object id, Object before, Object after) {
        recordAs(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(), action, entity, id, before,
                after);
    }

    /** For writes made by the application itself, outside any request (e.g. at start): the actor is named. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String action, String entity, Object id, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = actor;
        event.action = action;
        event.entity = entity;
        event.entityId = String.valueOf(id);
        event.before = toJson(before);
        event.after = toJson(after);
        event.requestId = RequestIds.current();
        event.persist();
    }

    /** Persists a new record and audits it as created; returns its view, as the caller will answer it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends PanacheEntityBase, V> V persist(String entity, E record, Function<E, Object> id,
            Function<E, V> view) {
        record.persistAndFlush();
        V after = view.apply(record);
        record("create", entity, id.apply(record), null, after);
        return after;
    }

    /**
     * Changes a record under optimistic locking: checks {@code If-Match} against its version, applies the change,
     * flushes (so the new version is known) and audits before and after.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends PanacheEntityBase, V> V change(String entity, Object id, E record, long version, String ifMatch,
            Function<E, V> view, Consumer<E> change) {
        ETags.require(ifMatch, version);
        V before = view.apply(record);
        change.accept(record);
        Panache.getEntityManager().flush();
        V after = view.apply(record);
        record("update", entity, id, before, after);
        return after;
    }

    /** Entries for a record (or an entity type, or everything), newest first. */
    public List<AuditEntry> find(String entity, String id, PageRequest page) {
        return query(entity, id).rows(AuditEvent.class, NEWEST_FIRST, page).stream().map(this::entry).toList();
    }

    /** A page of {@link #find}'s entries, with the number of entries on all pages. */
    public ListQuery.Page<AuditEntry> page(String entity, String id, PageRequest page) {
        return query(entity, id).page(AuditEvent.class, NEWEST_FIRST, page).map(this::entry);
    }

    /**
     * The audit trail's filters; {@code null} means any. Dates are business dates (Asia/Tokyo), both ends included;
     * {@code personalDataReads} keeps only the {@link #PERSONAL_DATA_READS}.
     */
    public record Filter(String entity, String id, String actor, String action, LocalDate from, LocalDate to,
            boolean personalDataReads) {

        ListQuery query() {
            return AuditLog.query(entity, id)
                    .equal("e.actor", actor)
                    .equal("e.action", action)
                    .atLeast("e.occurredAt", from == null ? null : from.atStartOfDay(BusinessTime.ZONE).toInstant())
                    .andIf(to != null, "e.occurredAt < :before", "before",
                            to == null ? null : to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant())
                    .andIf(personalDataReads, "e.action in :reads", "reads", PERSONAL_DATA_READS);
        }
    }

    /** A page of the filtered trail, newest first, with the number of entries on all pages. */
    public ListQuery.Page<AuditEntry> page(Filter filter, PageRequest page) {
        return filter.query().page(AuditEvent.class, NEWEST_FIRST, page).map(this::entry);
    }

    /**
     * The filtered trail as CSV (UTF-8 with BOM), newest first: when (Asia/Tokyo), who, action, record, request id and
     * the states before and after as JSON. More than {@value #EXPORT_MAX_ROWS} entries is a 422: narrow the filters.
     */
    public String exportCsv(Filter filter) {
        ListQuery entries = filter.query();
        long count = entries.count();
        if (count > EXPORT_MAX_ROWS) {
            throw ProblemException.exportTooLarge(count, EXPORT_MAX_ROWS, "期間", "from/to");
        }
        Csv csv = new Csv().row(List.of("日時", "操作者", "操作", "記録の種類", "記録の ID", "リクエスト ID", "変更前", "変更後"));
        TypedQuery<AuditEvent> query = entries.query("e", "order by " + NEWEST_FIRST, AuditEvent.class);
        int chunk = 1000;
        for (int first = 0; first < count; first += chunk) {
            List<AuditEvent> rows = query.setFirstResult(first).setMaxResults(chunk).getResultList();
            for (AuditEvent e : rows) {
                csv.row(Arrays.asList(e.occurredAt.atZone(BusinessTime.ZONE).toOffsetDateTime().toString(), e.actor,
                        e.action, e.entity, e.entityId, e.requestId, e.before, e.after));
            }
            Panache.getEntityManager().clear(); // a large export must not keep every entry in the session
            if (rows.size() < chunk) {
                break;
            }
        }
        return csv.toString();
    }

    /** The id counts only with the entity type: ids of different types are unrelated. */
    private static ListQuery query(String entity, String id) {
        return ListQuery.from("AuditEvent e")
                .andIf(entity != null, "e.entity = :entity", "entity", entity)
                .andIf(entity != null && id != null, "e.entityId = :entityId", "entityId", id);
    }

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private AuditEntry entry(AuditEvent e) {
        return new AuditEntry(e.id, e.occurredAt, e.actor, e.action, e.entity, e.entityId, parse(e.before),
                parse(e.after),
                e.requestId);
    }

    private Map<String, Object> parse(String state) {
        try {
            return state == null ? null : json.readValue(state, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
