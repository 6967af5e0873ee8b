package jp.wardhub.platform;

import static jp.wardhub.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The README's run command ({@code ./mvnw quarkus:dev}) and the demo build run on the embedded H2 database in MariaDB
 * mode with the demo data, as the {@code dev} and {@code demo} profiles configure it: every migration applies there,
 * and the lists that search free text answer (H2 has no full-text index: the text check alone decides).
 */
@QuarkusTest
@TestProfile(EmbeddedDatabaseTest.Embedded.class)
class EmbeddedDatabaseTest {

    /** The demo profile's database, as application.properties sets it ({@code %demo.}). */
    public static class Embedded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Properties settings = new Properties();
            try (InputStream in = EmbeddedDatabaseTest.class.getResourceAsStream("/application.properties")) {
                settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of(
                    "quarkus.datasource.db-kind", settings.getProperty("%demo.quarkus.datasource.db-kind"),
                    "quarkus.datasource.jdbc.url", settings.getProperty("%demo.quarkus.datasource.jdbc.url"),
                    "quarkus.flyway.locations", settings.getProperty("%demo.quarkus.flyway.locations"),
                    // MariaDB's session settings of the test profile, which H2 does not know
                    "quarkus.flyway.init-sql", "SELECT 1",
                    "quarkus.datasource.jdbc.new-connection-sql", "SELECT 1");
        }
    }

    @Test
    void aNewVoiceIsFoundByAWordOfItsText() {
        String word = "埋込確認" + System.nanoTime();
        Number id = as("admin").contentType(ContentType.JSON).body("""
                {"channel":"COUNTER","type":"REQUEST","categories":["roads"],"wardCode":"431010",
                 "text":"歩道の%sについて","receivedOn":"2026-12-01"}""".formatted(word))
                .post("/api/v1/voices").then().statusCode(201).extract().path("id");
        List<Number> found = as("admin").queryParam("q", word.substring(1, 6)).get("/api/v1/voices").then()
                .statusCode(200).extract().path("items.id");
        assertEquals(List.of(id.longValue()), found.stream().map(Number::longValue).toList());
    }

    @Test
    void theVoicesCountsFollowAVoiceTakenInAndMovedToAnotherWard() {
        String month = "/api/v1/voices/stats?groupBy=ward&from=2026-11-01&to=2026-11-30";
        int chuo = wardCount(month, "431010");
        int kita = wardCount(month, "431052");
        var created = as("admin").contentType(ContentType.JSON).body("""
                {"channel":"COUNTER","type":"REQUEST","categories":["roads"],"wardCode":"431010",
                 "text":"集計の確認","receivedOn":"2026-11-20"}""").post("/api/v1/voices").then().statusCode(201)
                .extract();
        assertEquals(chuo + 1, wardCount(month, "431010"));
        as("admin").contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body("{\"wardCode\":\"431052\"}").post("/api/v1/voices/" + created.path("id") + "/triage").then()
                .statusCode(200);
        assertEquals(chuo, wardCount(month, "431010"));
        assertEquals(kita + 1, wardCount(month, "431052"));
    }

    @Test
    void theProposalsStatisticsAnswerFromTheirCounts() {
        for (String groupBy : List.of("bureau", "ward", "fiscalYear")) {
            List<String> keys = as("admin").get("/api/v1/proposals/stats?groupBy=" + groupBy).then().statusCode(200)
                    .extract().path("groups.key");
            // the demo's published answers, keyed as the other profiles key them (a fiscal year reads "2026")
            assertFalse(keys.isEmpty(), groupBy);
            keys.forEach(key -> assertEquals(key.strip(), key, groupBy));
        }
    }

    private static int wardCount(String stats, String ward) {
        List<Map<String, Object>> buckets = as("admin").get(stats).then().statusCode(200).extract().path("buckets");
        return buckets.stream().filter(b -> ward.equals(b.get("key")))
                .mapToInt(b -> ((Number) b.get("count")).intValue())
                .sum();
    }

    @Test
    void everyListThatSearchesFreeTextAnswers() {
        for (String list : List.of("/api/v1/voices", "/api/v1/proposals", "/api/v1/faqs", "/api/v1/duties",
                "/api/v1/community/groups", "/api/v1/community/projects")) {
            as("admin").queryParam("q", "防災").get(list).then().statusCode(200);
        }
        for (String list : List.of("/api/v1/public/voices", "/api/v1/public/proposals")) {
            RestAssured.given().queryParam("q", "防災").get(list).then().statusCode(200);
        }
    }
}
