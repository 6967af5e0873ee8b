package jp.wardhub.platform.retry;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * When another transaction holds a lock for longer than the lock wait timeout, the caller is told so at once and
 * may retry: 409 {@code idempotency-key-in-progress} for a create whose key is held, 409 {@code write-conflict} for an
 * update of a locked record; once the lock is gone the same request goes through.
 */
@QuarkusTest
class HeldLockTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private Connection holder() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(false);
        return c;
    }

    private static String voice(String key) {
        return """
                {"channel":"WEB_FORM","type":"REQUEST","categories":["roads"],"wardCode":"431010","text":"鍵を握られた声 %s"}"""
                .formatted(key);
    }

    @Test
    void aKeyHeldByARequestInFlightIs409InProgressAndARetryAfterItIsServed() throws Exception {
        String key = UUID.randomUUID().toString();
        as("partner");
        try (Connection other = holder()) {
            // a request with this key in flight: its record inserted, not yet committed
            try (PreparedStatement insert = other.prepareStatement("INSERT INTO idempotency_record "
                    + "(owner, idem_key, request_hash, resource_id, body, created_at) VALUES ('city-web', ?, 'x', '', '', ?)")) {
                insert.setString(1, key);
                insert.setObject(2, java.sql.Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            as("partner").header("Idempotency-Key", key).contentType(ContentType.JSON).body(voice(key))
                    .post("/api/v1/voices")
                    .then().statusCode(409)
                    .body("type", equalTo("https://wardhub.city/problems/idempotency-key-in-progress"))
                    .body("titleEn", notNullValue())
                    .header("Retry-After", notNullValue());
            other.rollback(); // the first request failed after all
        }
        as("partner").header("Idempotency-Key", key).contentType(ContentType.JSON).body(voice(key))
                .post("/api/v1/voices")
                .then().statusCode(201);
        as("admin").get("/api/v1/voices?q=" + key).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void anUpdateOfARecordLockedElsewhereIs409WriteConflictAndARetryAfterItIsServed() throws Exception {
        String body = """
                {"kind":"PROJECT","title":"ロックされた提案","background":"ロックの試験（試験）","content":"ロックの試験",
                 "expectedEffect":"409 になること","estimatedCostYen":1000,"voiceRefs":[],"figures":[]}""";
        var drafted = as("chuo").contentType(ContentType.JSON).body(body).post("/api/v1/proposals").then()
                .statusCode(201).extract();
        long id = ((Number) drafted.path("id")).longValue();
        String etag = drafted.header("ETag");
        try (Connection other = holder()) {
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM proposal WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            as("chuo").header("If-Match", etag).contentType(ContentType.JSON).body(body.replace("ロックされた提案", "ロック中の編集"))
                    .put("/api/v1/proposals/" + id).then().statusCode(409)
                    .body("type", equalTo("https://wardhub.city/problems/write-conflict"))
                    .header("Retry-After", notNullValue());
            other.rollback();
        }
        as("chuo").header("If-Match", etag).contentType(ContentType.JSON).body(body.replace("ロックされた提案", "ロック後の編集"))
                .put("/api/v1/proposals/" + id).then().statusCode(200).body("title", equalTo("ロック後の編集"));
    }
}
