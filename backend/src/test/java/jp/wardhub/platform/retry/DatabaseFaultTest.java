package jp.wardhub.platform.retry;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jp.wardhub.testing.TcpProxy;

/**
 * The database goes away for a while under load: partners sending voices with Idempotency-Keys get fast 503
 * problems with Retry-After (never a hang, never a 500), readiness goes DOWN and comes back UP, and once they have
 * retried every key has exactly one voice. The application reaches MariaDB through a {@link TcpProxy} the test cuts.
 */
@QuarkusTest
@TestProfile(DatabaseFaultTest.ThroughProxy.class)
class DatabaseFaultTest {

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int port = TcpProxy.start("127.0.0.1", 3306);
            String db = System.getenv().getOrDefault("WARDHUB_TEST_DB", "wardhub_test");
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:mariadb://127.0.0.1:" + port + "/" + db + "?createDatabaseIfNotExist=true");
        }
    }

    private static final int PARTNERS = 4;
    /** Generous for a machine five times slower than a quiet one: the pool waits 3 s for a connection. */
    private static final Duration FAST = Duration.ofSeconds(30);
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final String UNAVAILABLE = "https://wardhub.city/problems/service-unavailable";
    private static final RestAssuredConfig TIMEOUTS = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 120_000));

    private static String voice(String key) {
        return """
                {"channel":"WEB_FORM","type":"REQUEST","categories":["roads"],"wardCode":"431010","text":"障害中に送った声 %s"}"""
                .formatted(key);
    }

    @Test
    void aDatabaseOutageGivesFast503sAndNoDuplicatesAfterRetries() throws Exception {
        as("partner"); // the token is signed, not stored: fetched before the cut
        awaitReadiness(200);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger created = new AtomicInteger();
        ConcurrentLinkedQueue<String> keys = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> unavailableMillis = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService partners = Executors.newFixedThreadPool(PARTNERS);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int p = 0; p < PARTNERS; p++) {
                running.add(partners.submit(() -> {
                    while (!stop.get()) {
                        String key = UUID.randomUUID().toString();
                        keys.add(key);
                        long deadline = System.nanoTime() + DEADLINE.toNanos();
                        while (true) { // the partner retries the same key until it is answered
                            long started = System.nanoTime();
                            Response r = as("partner").config(TIMEOUTS).header("Idempotency-Key", key)
                                    .contentType(ContentType.JSON).body(voice(key)).post("/api/v1/voices");
                            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                            statuses.merge(r.statusCode(), 1, Integer::sum);
                            if (r.statusCode() == 201) {
                                created.incrementAndGet();
                                break;
                            }
                            if (r.statusCode() == 503 && UNAVAILABLE.equals(r.path("type"))
                                    && r.header("Retry-After") != null) {
                                unavailableMillis.add(millis);
                            } else if (r.statusCode() != 409) { // 409: the same key still in progress or a conflict
                                unexpected.add(r.statusCode() + " " + r.asString());
                            }
                            if (System.nanoTime() > deadline) {
                                unexpected.add("key " + key + " not created within " + DEADLINE);
                                break;
                            }
                            Thread.sleep(200); // a real client would honour Retry-After; the test keeps it short
                        }
                    }
                    return null;
                }));
            }

            awaitTrue("some voices before the outage", () -> created.get() >= PARTNERS);
            TcpProxy.cut();
            long cutAt = System.nanoTime();
            try {
                awaitReadiness(503);
                awaitTrue("a partner told the database is unavailable", () -> !unavailableMillis.isEmpty());
                awaitTrue("the outage lasting 5 s", () -> System.nanoTime() - cutAt >= Duration.ofSeconds(5).toNanos());
            } finally {
                TcpProxy.restore();
            }
            awaitReadiness(200);
            int afterOutage = created.get();
            awaitTrue("voices again after the outage", () -> created.get() >= afterOutage + PARTNERS);
        } finally {
            stop.set(true);
            for (Future<?> f : running) {
                f.get(DEADLINE.toSeconds() * 2, TimeUnit.SECONDS);
            }
            partners.shutdownNow();
            TcpProxy.restore();
        }

        System.out.printf("database outage: statuses %s, 503s answered in at most %d ms, %d keys%n", statuses,
                unavailableMillis.stream().mapToLong(Long::longValue).max().orElse(0), keys.size());
        assertEquals(List.of(), List.copyOf(unexpected),
                "only 201, 503 service-unavailable or 409; statuses " + statuses);
        assertTrue(statuses.keySet().stream().noneMatch(s -> s >= 500 && s != 503), "no 5xx but 503: " + statuses);
        for (long millis : unavailableMillis) {
            assertTrue(millis < FAST.toMillis(), "a 503 within " + FAST + ", took " + millis + " ms");
        }
        for (String key : keys) {
            as("admin").config(TIMEOUTS).get("/api/v1/voices?q=" + key).then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(1));
        }
    }

    /** Polls readiness until it answers {@code status} (200 UP, 503 DOWN). */
    private static void awaitReadiness(int status) throws InterruptedException {
        awaitTrue("readiness " + status, () -> given().config(TIMEOUTS).get("/q/health/ready").statusCode() == status);
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + DEADLINE + " for " + what);
            }
            Thread.sleep(100);
        }
    }
}
