package jp.wardhub.platform.audit;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isIn;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * The administrators' audit trail: filtered by who, action, record and dates (Asia/Tokyo), the log of personal-data
 * reads, and both as CSV.
 */
@QuarkusTest
class AuditTrailTest {

    /** A fresh 中央区 account made by the administrator: an entry of our own to look for. */
    private static String createdAccount() {
        String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        as("admin").contentType(ContentType.JSON).body("""
                {"username":"%s","displayName":"監査 確認","role":"WARD","wardCode":"431010",
                 "password":"a-long-enough-password","active":true}""".formatted(username))
                .post("/api/v1/staff").then().statusCode(201);
        return username;
    }

    @Test
    void filtersByWhoActionEntityAndDate() {
        String username = createdAccount();
        LocalDate today = BusinessTime.today();
        as("admin").get("/api/v1/audit?actor=admin&action=create&entity=staff&from=" + today + "&to=" + today
                + "&size=100").then().statusCode(200)
                .body("items.actor", everyItem(equalTo("admin")))
                .body("items.action", everyItem(equalTo("create")))
                .body("items.entity", everyItem(equalTo("staff")))
                .body("items.after.username", hasItem(username));
        as("admin").get("/api/v1/audit?actor=chuo&entity=staff&action=create").then().statusCode(200)
                .body("total", equalTo(0));
        as("admin").get("/api/v1/audit?entity=staff&to=" + today.minusDays(1) + "&size=100").then()
                .statusCode(200).body("items.after.username", org.hamcrest.Matchers.not(hasItem(username)));
        as("admin").get("/api/v1/audit?entity=staff&from=" + today.plusDays(1)).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @SendsInvalidRequests
    @Test
    void badFiltersAreA400NamingTheParameter() {
        as("admin").get("/api/v1/audit?from=2026-02-30").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("admin").get("/api/v1/audit?from=2026-04-02&to=2026-04-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as("admin").get("/api/v1/audit?personalDataReads=yes").then().statusCode(400)
                .body("errors[0].field", equalTo("personalDataReads"));
    }

    @Test
    void theLogOfPersonalDataReadsHoldsEveryReadAndNothingElse() {
        List<Integer> groups = as("chuo-liaison").get("/api/v1/community/groups?size=100").then().statusCode(200)
                .extract().path("items.id");
        int read = -1;
        for (int id : groups) {
            if (as("chuo-liaison").get("/api/v1/community/groups/" + id + "/contact").statusCode() == 200) {
                read = id;
                break;
            }
        }
        assertTrue(read > 0, "a demo group of 中央区 with a contact");
        as("admin").get("/api/v1/audit?personalDataReads=true&actor=chuo-liaison&size=100").then().statusCode(200)
                .body("items.action", everyItem(isIn(AuditLog.PERSONAL_DATA_READS)))
                .body("items.findAll { it.action == 'read-contact' }.entityId", hasItem(String.valueOf(read)));
        as("admin").get("/api/v1/audit?personalDataReads=true&entity=staff").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theFilteredTrailDownloadsAsCsv() {
        String username = createdAccount();
        var csv = as("admin").get("/api/v1/audit/export.csv?actor=admin&entity=staff&action=create").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"audit.csv\"")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFF\"日時\",\"操作者\",\"操作\",\"記録の種類\",\"記録の ID\",\"リクエスト ID\",\"変更前\",\"変更後\"",
                lines.get(0));
        String row = lines.stream().filter(l -> l.contains(username)).findFirst()
                .orElseThrow();
        assertTrue(row.contains("\"admin\",\"create\",\"staff\""), row);
        assertTrue(row.matches("\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*\\+09:00\",.*"), row);
        as("admin").get("/api/v1/audit/export.csv?personalDataReads=true&actor=nobody").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"personal-data-reads.csv\""));
    }
}
