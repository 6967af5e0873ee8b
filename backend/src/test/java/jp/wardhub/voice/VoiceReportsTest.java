package jp.wardhub.voice;

import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * Statistics per category, ward, channel, type and month, and the CSV export, over voices received in 2023 (a period
 * no demo voice and no other test uses).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoiceReportsTest {

    private static final String PERIOD = "from=2023-02-01&to=2023-04-30";

    private static String voice(String channel, String type, String categories, String ward, String received,
            String text) {
        return """
                {"channel":"%s","type":"%s","categories":[%s],"wardCode":"%s","text":"%s","receivedOn":"%s",
                 "personalData":{"name":"集計 除外","phone":"096-000-7777"}}""".formatted(channel, type, categories, ward,
                text, received);
    }

    private boolean created;

    @BeforeEach
    void threeVoicesIn2023() {
        if (created) {
            return;
        }
        created = true;
        Voices.create("admin", voice("PHONE", "COMPLAINT", "\"roads\",\"parks\"", "431010", "2023-02-10", "集計用の声 1"));
        Voices.create("admin", voice("PHONE", "REQUEST", "\"roads\"", "431010", "2023-02-20", "集計用の声 2"));
        Voices.create("admin", voice("LETTER", "REQUEST", "\"parks\"", "431052", "2023-04-05", "集計用の声 3"));
    }

    @Test
    void rememberedStatisticsAndTotalsFollowEveryWriteAtOnce() {
        String period = "from=2023-06-01&to=2023-06-30";
        as("admin").get("/api/v1/voices/stats?groupBy=type&" + period).then().statusCode(200).body("total", equalTo(0));
        as("admin").get("/api/v1/voices?" + period).then().statusCode(200).body("total", equalTo(0));

        long id = Voices
                .id(Voices.create("admin", voice("PHONE", "ENQUIRY", "\"waste\"", "431010", "2023-06-05", "記憶の確認")));
        as("admin").get("/api/v1/voices/stats?groupBy=type&" + period).then().body("total", equalTo(1))
                .body("buckets.key", contains("ENQUIRY"));
        as("admin").get("/api/v1/voices?" + period).then().body("total", equalTo(1));
        as("admin").get("/api/v1/voices?status=RECEIVED&" + period).then().body("total", equalTo(1));

        Voices.step(id, "triage", Voices.TRIAGE);
        as("admin").get("/api/v1/voices?status=RECEIVED&" + period).then().body("total", equalTo(0));
        as("admin").get("/api/v1/voices/stats?groupBy=type&status=TRIAGED&" + period).then().body("total", equalTo(1));
    }

    @Test
    void countsByCategoryCountAVoiceOncePerCategory() {
        as("admin").get("/api/v1/voices/stats?groupBy=category&" + PERIOD).then().statusCode(200)
                .body("groupBy", equalTo("category")).body("total", equalTo(3))
                .body("buckets.key", contains("parks", "roads")).body("buckets.count", contains(2, 2))
                .body("buckets[0].labelJa", equalTo("公園")).body("buckets[1].labelEn", equalTo("Roads"));
    }

    @Test
    void countsByWardChannelAndType() {
        as("admin").get("/api/v1/voices/stats?groupBy=ward&" + PERIOD).then().statusCode(200)
                .body("buckets.key", contains("431010", "431052")).body("buckets.count", contains(2, 1))
                .body("buckets[0].labelJa", equalTo("中央区"));
        as("admin").get("/api/v1/voices/stats?groupBy=channel&" + PERIOD).then().statusCode(200)
                .body("buckets.key", contains("PHONE", "LETTER")).body("buckets.count", contains(2, 1))
                .body("buckets[0].labelJa", equalTo("電話"));
        as("admin").get("/api/v1/voices/stats?groupBy=type&" + PERIOD).then().statusCode(200)
                .body("buckets.key", contains("REQUEST", "COMPLAINT")).body("buckets.count", contains(2, 1));
    }

    @Test
    void countsByMonthFillTheMonthsOfThePeriod() {
        as("admin").get("/api/v1/voices/stats?groupBy=month&" + PERIOD).then().statusCode(200)
                .body("buckets.key", contains("2023-02", "2023-03", "2023-04")).body("buckets.count", contains(2, 0, 1))
                .body("buckets[0].labelJa", equalTo("2023年2月"));
        as("admin").get("/api/v1/voices/stats?groupBy=month&category=parks&" + PERIOD).then()
                .body("total", equalTo(2)).body("buckets.count", contains(1, 0, 1));
    }

    @Test
    void aCategorysListCountsWhatItsPagesShowAndTheStatisticsAgree() {
        // the page tests each voice, the total and the statistics read the category's links: the same voices
        as("admin").get("/api/v1/voices?category=parks&size=1&" + PERIOD).then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1));
        as("admin").get("/api/v1/voices?category=parks&size=1&page=1&" + PERIOD).then().body("items", hasSize(1));
        as("admin").get("/api/v1/voices?category=parks&size=1&page=2&" + PERIOD).then().body("items", hasSize(0));
        as("admin").get("/api/v1/voices?category=parks&ward=431052&" + PERIOD).then().body("total", equalTo(1))
                .body("items.excerpt", contains("集計用の声 3"));
        as("admin").get("/api/v1/voices/stats?groupBy=ward&category=parks&" + PERIOD).then()
                .body("total", equalTo(2)).body("buckets.count", contains(1, 1));
    }

    @Test
    void theAnalysisGivesEveryFigureOfThePageInOneAnswer() {
        as("admin").get("/api/v1/voices/analysis?" + PERIOD).then().statusCode(200)
                .body("from", equalTo("2023-02-01")).body("to", equalTo("2023-04-30")).body("total", equalTo(3))
                .body("months", contains("2023-02", "2023-03", "2023-04"))
                // every category, in the categories' order, a voice counted once per category it has
                .body("byCategoryMonth.key", hasItems("roads", "parks", "waste"))
                .body("byCategoryMonth.find { it.key == 'roads' }.counts", contains(2, 0, 0))
                .body("byCategoryMonth.find { it.key == 'roads' }.total", equalTo(2))
                .body("byCategoryMonth.find { it.key == 'roads' }.labelJa", equalTo("道路"))
                .body("byCategoryMonth.find { it.key == 'parks' }.counts", contains(1, 0, 1))
                .body("byCategoryMonth.find { it.key == 'waste' }.counts", contains(0, 0, 0))
                .body("byWard.key", contains("431010", "431052")).body("byWard.count", contains(2, 1))
                .body("byWard[0].labelJa", equalTo("中央区"))
                .body("byChannel.key", contains("PHONE", "LETTER")).body("byChannel.count", contains(2, 1))
                // received in 2023 and never answered: all three are past their due date
                .body("overdueTotal", equalTo(3)).body("overdueByWard.key", contains("431010", "431052"))
                .body("overdueByWard.count", contains(2, 1));
        java.util.List<String> order = as("admin").get("/api/v1/voices/categories").then().extract()
                .path("code");
        as("admin").get("/api/v1/voices/analysis?" + PERIOD).then().body("byCategoryMonth.key",
                equalTo(order));
        as("kita").get("/api/v1/voices/analysis?" + PERIOD).then().statusCode(200).body("total", equalTo(1))
                .body("byWard.key", contains("431052")).body("overdueTotal", equalTo(1));
    }

    @Test
    void theAnalysisFollowsAWriteAtOnceAndIsForStaffOnly() {
        String period = "from=2023-07-01&to=2023-07-31";
        as("admin").get("/api/v1/voices/analysis?" + period).then().statusCode(200).body("total", equalTo(0))
                .body("months", contains("2023-07"));
        Voices.create("admin", voice("EMAIL", "ENQUIRY", "\"waste\"", "431036", "2023-07-03", "分析の記憶の確認"));
        as("admin").get("/api/v1/voices/analysis?" + period).then().body("total", equalTo(1))
                .body("byWard.key", contains("431036")).body("byChannel.key", contains("EMAIL"))
                .body("byCategoryMonth.find { it.key == 'waste' }.counts", contains(1));
        as(null).get("/api/v1/voices/analysis?" + period).then().statusCode(401);
        as("partner").get("/api/v1/voices/analysis?" + period).then().statusCode(403);
    }

    @Test
    void wardStaffCountTheirWardOnly() {
        as("kita").get("/api/v1/voices/stats?groupBy=ward&" + PERIOD).then().statusCode(200)
                .body("total", equalTo(1)).body("buckets.key", contains("431052"));
        as("admin").get("/api/v1/voices/stats?groupBy=ward").then().statusCode(200).body("buckets.key",
                hasItems("431010", "431028", "431036", "431044", "431052"));
    }

    @Test
    void wardStaffCountTheirWardsVoicesAndThoseAssignedToItEachOnce() {
        // counted in two parts (the ward's voices, those from elsewhere assigned to it) that must not overlap
        String period = "from=2023-09-01&to=2023-09-30";
        Voices.create("admin", voice("PHONE", "REQUEST", "\"roads\"", Voices.KITA, "2023-09-04", "北区の声"));
        long chuoToKita = Voices.id(Voices.create("admin",
                voice("LETTER", "REQUEST", "\"parks\"", Voices.CHUO, "2023-09-05", "中央区から北区へ")));
        long kitaToKita = Voices.id(Voices.create("admin",
                voice("EMAIL", "REQUEST", "\"roads\"", Voices.KITA, "2023-09-06", "北区から北区へ")));
        Voices.create("admin", voice("PHONE", "REQUEST", "\"roads\"", Voices.CHUO, "2023-09-07", "中央区の声"));
        long kitaToChuo = Voices.id(Voices.create("admin",
                voice("PHONE", "COMPLAINT", "\"parks\"", Voices.KITA, "2023-09-08", "北区から中央区へ")));
        for (long id : new long[] { chuoToKita, kitaToKita }) {
            Voices.step(id, "triage", Voices.TRIAGE);
            Voices.step(id, "assign", Voices.TO_KITA);
        }
        Voices.step(kitaToChuo, "triage", Voices.TRIAGE);
        Voices.step(kitaToChuo, "assign", Voices.TO_CHUO);

        as("kita").get("/api/v1/voices?" + period).then().statusCode(200).body("total", equalTo(4))
                .body("items", hasSize(4));
        as("kita").get("/api/v1/voices/stats?groupBy=ward&" + period).then().statusCode(200)
                .body("total", equalTo(4)).body("buckets.key", contains("431052", "431010"))
                .body("buckets.count", contains(3, 1));
        as("kita").get("/api/v1/voices/stats?groupBy=channel&" + period).then().body("total", equalTo(4))
                .body("buckets.key", contains("PHONE", "EMAIL", "LETTER")).body("buckets.count", contains(2, 1, 1));
        as("kita").get("/api/v1/voices/stats?groupBy=category&" + period).then()
                .body("buckets.key", contains("parks", "roads")).body("buckets.count", contains(2, 2));
        as("kita").get("/api/v1/voices/stats?groupBy=month&" + period).then().body("buckets.count", contains(4));
        as("kita").get("/api/v1/voices/analysis?" + period).then().statusCode(200).body("total", equalTo(4))
                .body("byChannel.count", contains(2, 1, 1))
                .body("byCategoryMonth.find { it.key == 'roads' }.counts", contains(2));
        as("chuo").get("/api/v1/voices/stats?groupBy=ward&" + period).then().statusCode(200)
                .body("total", equalTo(3)).body("buckets.key", contains("431010", "431052"))
                .body("buckets.count", contains(2, 1));
        as("chuo").get("/api/v1/voices?" + period).then().body("total", equalTo(3)).body("items", hasSize(3));
    }

    @SendsInvalidRequests
    @Test
    void badStatisticsQueriesName400TheParameter() {
        as("admin").get("/api/v1/voices/stats").then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        as("admin").get("/api/v1/voices/stats?groupBy=colour").then().statusCode(400).body("errors[0].field",
                equalTo("groupBy"));
        as("admin").get("/api/v1/voices/stats?groupBy=month&from=2023-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("admin").get("/api/v1/voices/stats?groupBy=month&from=2023-03-01&to=2023-02-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(null).get("/api/v1/voices/stats?groupBy=month").then().statusCode(401);
    }

    @SendsInvalidRequests
    @Test
    void theCsvExportHasABomAndNoPersonalData() {
        var response = as("admin").get("/api/v1/voices/export.csv?" + PERIOD).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("voices.csv"))
                .extract();
        String csv = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"受付番号\""), csv.substring(0, 40));
        assertEquals(4, csv.split("\r\n").length, "a header and three voices");
        assertTrue(csv.contains("集計用の声 1") && csv.contains("\"公園・道路\""), csv);
        assertFalse(csv.contains("集計 除外") || csv.contains("096-000-7777"), "personal data in the export");
        as("kita").get("/api/v1/voices/export.csv?" + PERIOD).then().statusCode(200)
                .body(containsString("集計用の声 3")).body(not(containsString("集計用の声 1")));
        as("admin").get("/api/v1/voices/export.csv?type=PRAISE").then().statusCode(400).body("errors[0].field",
                equalTo("type"));
    }
}
