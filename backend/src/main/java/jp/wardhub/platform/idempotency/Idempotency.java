package jp.wardhub.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import jp.wardhub.platform.Bilingual;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;
import jp.wardhub.platform.retry.DatabaseFailures;
import jp.wardhub.platform.retry.TransientConflict;

/**
 * Safe retries for creates ({@code Idempotency-Key}). The key and the first answer are stored in the caller's
 * transaction, so either both the record and the key exist or neither does. A replay returns the first answer; the
 * same key with another body is a 422. Keys are per caller. Concurrent requests with one key do the work once: the
 * others wait for the first and answer as its replay (or 409 {@code idempotency-key-in-progress} when it takes long).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final ProblemType KEY_REUSED = ProblemType.of("idempotency-key-reused", 422,
            "この Idempotency-Key は別の内容で使用済みです", "Idempotency-Key already used with another request");
    /** 409: the first request with this key is still being processed; a retry a little later gets its answer. */
    public static final ProblemType IN_PROGRESS = ProblemType.of("idempotency-key-in-progress", 409,
            "同じ Idempotency-Key の要求を処理中です", "A request with this Idempotency-Key is in progress");

    private static final String UNIQUE_KEY = "uq_idempotency";
    /** MariaDB/MySQL: duplicate entry for a unique key. */
    private static final int DUPLICATE_KEY = 1062;

    /** The result of a create: the new record's id and body, and whether this is a replay of an earlier answer. */
    public record Created<T>(String id, T body, boolean replayed) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Created<T> once(String key, String operation, Object request, Class<T> bodyType,
            Supplier<Created<T>> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, "Size", "1〜200 文字で指定してください", "1 to 200 characters");
        }
        String owner = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String hash = sha256(operation + "\n" + write(request));
        IdempotencyRecord earlier = IdempotencyRecord.find("owner = ?1 and key = ?2", owner, key).firstResult();
        if (earlier != null) {
            if (!earlier.requestHash.equals(hash)) {
                throw new ProblemException(KEY_REUSED,
                        Bilingual.of("別のリクエストに同じキーが使われています", "the key was used for another request"));
            }
            return new Created<>(earlier.resourceId, read(earlier.body, bodyType), true);
        }
        IdempotencyRecord record = reserve(owner, key, hash);
        Created<T> created = create.get();
        record.resourceId = created.id();
        record.body = write(created.body());
        return created;
    }

    /**
     * Inserts the key before the work, so concurrent requests with one key queue on its unique index instead of all
     * doing the work: a request that waits while the first is in flight gets the first's answer on its next attempt
     * (the duplicate key is a {@link TransientConflict}, which {@code @RetryOnConflict} runs again), or, if the first
     * holds the key for longer than the lock wait timeout, a 409 saying so.
     */
    private IdempotencyRecord reserve(String owner, String key, String hash) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.owner = owner;
        record.key = key;
        record.requestHash = hash;
        record.resourceId = "";
        record.body = "";
        record.createdAt = Instant.now();
        try {
            record.persistAndFlush();
        } catch (PersistenceException e) {
            if (isKeyTaken(e)) {
                throw new TransientConflict("idempotency key taken by a concurrent request", e);
            }
            if (DatabaseFailures.isLockWaitTimeout(e)) {
                throw new ProblemException(IN_PROGRESS,
                        Bilingual.of("同じ Idempotency-Key の要求をまだ処理中です。少し待ってから同じ内容で再送してください",
                                "a request with this key is still being processed; retry it shortly"),
                        List.of(), Map.of("Retry-After", "2"));
            }
            throw e;
        }
        return record;
    }

    private static boolean isKeyTaken(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException c && c.getConstraintName() != null
                    && c.getConstraintName().toLowerCase(java.util.Locale.ROOT).contains(UNIQUE_KEY)) {
                return true;
            }
            if (t instanceof SQLException s && s.getErrorCode() == DUPLICATE_KEY && s.getMessage() != null
                    && s.getMessage().toLowerCase(java.util.Locale.ROOT).contains(UNIQUE_KEY)) {
                return true;
            }
        }
        return false;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
