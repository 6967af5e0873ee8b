package jp.wardhub.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import jp.wardhub.platform.ProblemException;
import jp.wardhub.platform.ProblemType;

/**
 * Safe retries for creates ({@code Idempotency-Key}). The key and the first answer are stored in the caller's
 * transaction, so either both the record and the key exist or neither does. A replay returns the first answer; the
 * same key with another body is a 422. Keys are per caller.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final ProblemType KEY_REUSED = ProblemType.of("idempotency-key-reused", 422,
            "この Idempotency-Key は別の内容で使用済みです", "Idempotency-Key already used with another request");

    /** The result of a create: the new record's id and body, and whether this is a replay of an earlier answer. */
    public record Created<T>(String id, T body, boolean replayed) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Created<T> once(String key, String operation, Object request, Class<T> bodyType, Supplier<Created<T>> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, "Size", "1〜200 文字で指定してください (1 to 200 characters)");
        }
        String owner = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String hash = sha256(operation + "\n" + write(request));
        IdempotencyRecord earlier = IdempotencyRecord.find("owner = ?1 and key = ?2", owner, key).firstResult();
        if (earlier != null) {
            if (!earlier.requestHash.equals(hash)) {
                throw new ProblemException(KEY_REUSED, "別のリクエストに同じキーが使われています (the key was used for another request)");
            }
            return new Created<>(earlier.resourceId, read(earlier.body, bodyType), true);
        }
        Created<T> created = create.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.owner = owner;
        record.key = key;
        record.requestHash = hash;
        record.resourceId = created.id();
        record.body = write(created.body());
        record.createdAt = Instant.now();
        record.persist();
        return created;
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
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
