package jp.wardhub.usage;

import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.usage.UsageUploads.PATH;
import static jp.wardhub.usage.UsageUploads.SHIFT_JIS;
import static jp.wardhub.usage.UsageUploads.upload;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jp.wardhub.testing.Seeded;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * Importing channel usage files: encodings, the header rules, every row rule reported with its line and column while
 * nothing is imported, re-imports replacing figures, and the convenience-store share. Each test uses months of its
 * own, far from the demo data.
 */
@QuarkusTest
class ChannelUsageImportTest {

    private static JsonPath report(String query) {
        return as("hq").get(PATH + "?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> counts(JsonPath report, String month, String ward, String procedure) {
        List<Map<String, Object>> rows = report.getList("rows");
        return rows.stream().filter(r -> month.equals(r.get("month")) && ward.equals(r.get("wardCode"))
                && procedure.equals(r.get("procedureCode"))).findFirst().map(r -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> c = (Map<String, Object>) r.get("counts");
                    return c;
                }).orElseThrow(() -> new AssertionError("no row " + month + " " + ward + " " + procedure));
    }

    @Test
    void aUtf8FileIsImportedWithEverySpellingOfPlaceAndNumber() {
        long office = Seeded.office("中央区役所");
        String csv = """
                年月,施設ID,チャネル,区コード,手続きコード,件数
                2031-01,%d,,,juminhyo-copy,"1,200"
                2031/01,,コンビニ,431010,juminhyo-copy,８００
                2031年1月,,convenience-store,431052,juminhyo-copy,50
                2031-01,,郵送,,juminhyo-copy,7
                2031-01,,online,431010,juminhyo-copy,3
                2031-01,,,431052,juminhyo-copy,150
                """.formatted(office);
        upload("hq", csv).then().statusCode(200).body("rowsImported", equalTo(6)).body("rowsReplaced", equalTo(0))
                .body("months", equalTo(List.of("2031-01")));
        JsonPath r = report("from=2031-01&to=2031-01&procedure=juminhyo-copy");
        Map<String, Object> chuo = counts(r, "2031-01", "431010", "juminhyo-copy");
        assertThat(chuo.get("counter"), equalTo(1200));
        assertThat(chuo.get("convenienceStore"), equalTo(800));
        assertThat(chuo.get("online"), equalTo(3));
        assertThat(chuo.get("total"), equalTo(2003));
        assertThat(chuo.get("convenienceStoreShare"), equalTo(0.4f));
        Map<String, Object> kita = counts(r, "2031-01", "431052", "juminhyo-copy");
        assertThat(kita.get("counter"), equalTo(150));
        assertThat(kita.get("convenienceStore"), equalTo(50));
        assertThat(kita.get("convenienceStoreShare"), equalTo(0.25f));
        // mail without a ward is city-wide: its own row, no ward code, no share (no counter or store figure)
        List<Map<String, Object>> rows = r.getList("rows");
        Map<String, Object> city = rows.stream().filter(x -> x.get("wardCode") == null).findFirst().orElseThrow();
        assertThat(city.get("wardNameJa"), equalTo("全市 (区不明)"));
        assertThat(r.get("total.counter"), equalTo(1350));
        assertThat(r.get("total.convenienceStore"), equalTo(850));
        assertThat(r.get("total.mail"), equalTo(7));
        // 850 / (850 + 1350) = 0.38636… rounded to four places
        assertThat(r.get("total.convenienceStoreShare"), equalTo(0.3864f));
        assertThat(r.getList("months"), hasSize(1));
    }

    @Test
    void theShareIsAbsentWhenNeitherCounterNorStoreIssued() {
        upload("hq", "month,ward,channel,procedure,count\n2031-02,431036,online,inkan-shomei,4\n"
                + "2031-02,431036,counter,inkan-shomei,0\n").then().statusCode(200);
        Map<String, Object> c = counts(report("from=2031-02&to=2031-02&ward=431036"), "2031-02", "431036",
                "inkan-shomei");
        assertThat(c.get("online"), equalTo(4));
        assertThat(c.containsKey("convenienceStoreShare"), equalTo(false));
    }

    @Test
    void aShiftJisFileIsDetectedOrDeclared() {
        String csv = "年月,区コード,チャネル,手続きコード,件数\r\n2031年3月,431028,コンビニ交付,koseki-zenbu,１２\r\n"
                + "2031年3月,431028,窓口,koseki-zenbu,36\r\n";
        byte[] sjis = csv.getBytes(SHIFT_JIS);
        upload("hq", sjis, "text/csv").then().statusCode(200).body("rowsImported", equalTo(2));
        Map<String, Object> c = counts(report("from=2031-03&to=2031-03&ward=431028"), "2031-03", "431028",
                "koseki-zenbu");
        assertThat(c.get("convenienceStore"), equalTo(12));
        assertThat(c.get("convenienceStoreShare"), equalTo(0.25f));
        // declared: both the IANA name and Windows' own
        upload("hq", sjis, "text/csv; charset=Shift_JIS").then().statusCode(200).body("rowsReplaced", equalTo(2));
        upload("hq", sjis, "text/csv; charset=windows-31j").then().statusCode(200).body("rowsReplaced", equalTo(2));
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] body = ("\uFEFF年月,区コード,手続きコード,件数\n2031-04,431044,shotoku-kazei,9\n")
                .getBytes(StandardCharsets.UTF_8);
        upload("hq", body, "text/csv; charset=UTF-8").then().statusCode(200).body("rowsImported", equalTo(1));
        upload("hq", body, "text/csv").then().statusCode(200).body("rowsReplaced", equalTo(1));
        assertThat(counts(report("from=2031-04&to=2031-04&ward=431044"), "2031-04", "431044", "shotoku-kazei")
                .get("counter"), equalTo(9));
    }

    @Test
    void reImportingReplacesTheSameFigures() {
        String first = "年月,区コード,チャネル,手続きコード,件数\n2031-05,431010,コンビニ,inkan-shomei,10\n"
                + "2031-05,431010,窓口,inkan-shomei,90\n";
        upload("hq", first).then().statusCode(200).body("rowsImported", equalTo(2)).body("rowsReplaced", equalTo(0));
        upload("hq", first).then().statusCode(200).body("rowsReplaced", equalTo(2));
        upload("admin", "年月,区コード,チャネル,手続きコード,件数\n2031-05,431010,コンビニ,inkan-shomei,30\n")
                .then().statusCode(200).body("rowsReplaced", equalTo(1));
        Map<String, Object> c = counts(report("from=2031-05&to=2031-05&ward=431010&procedure=inkan-shomei"),
                "2031-05", "431010", "inkan-shomei");
        assertThat(c.get("convenienceStore"), equalTo(30));
        assertThat(c.get("counter"), equalTo(90));
        assertThat(c.get("convenienceStoreShare"), equalTo(0.25f));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        byte[] body = "年月,区コード,手続きコード,件数\n2031-06,431010,juminhyo-copy,5\n".getBytes(StandardCharsets.UTF_8);
        UsageUploads.raw("hq", "text/csv").header("Idempotency-Key", "usage-2031-06").body(body).post(PATH).then()
                .statusCode(200).body("rowsReplaced", equalTo(0));
        UsageUploads.raw("hq", "text/csv").header("Idempotency-Key", "usage-2031-06").body(body).post(PATH).then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("rowsReplaced", equalTo(0));
    }

    /** One error: the line, the column as the file names it, the rule and the value. */
    private record Expected(int line, String field, String rule, String value) {
    }

    private static void refused(String csv, Expected... expected) {
        Response r = upload("hq", csv);
        r.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://wardhub.city/problems/channel-usage-invalid"))
                .body("errors", hasSize(expected.length));
        List<Map<String, Object>> errors = r.jsonPath().getList("errors");
        for (int i = 0; i < expected.length; i++) {
            Expected e = expected[i];
            Map<String, Object> got = errors.get(i);
            assertThat(Arrays.toString(expected) + " got " + errors, got.get("line"), equalTo(e.line()));
            assertThat(errors.toString(), got.get("field"), equalTo(e.field()));
            assertThat(errors.toString(), got.get("rule"), equalTo(e.rule()));
            assertThat(errors.toString(), got.get("value"), e.value() == null ? nullValue() : equalTo(e.value()));
        }
    }

    @Test
    void everyBadRowIsReportedAndNothingIsImported() {
        refused("""
                年月,施設ID,チャネル,区コード,手続きコード,件数
                2031-07,,コンビニ,431010,juminhyo-copy,10
                2031-13,,コンビニ,431010,juminhyo-copy,10
                2031-07,,コンビニ,431010,no-such-procedure,10
                2031-07,,コンビニ,431010,inkan-shomei,-5
                2031-07,,コンビニ,431010,koseki-zenbu,たくさん
                2031-07,999999,,,juminhyo-copy,1
                2031-07,,,999999,juminhyo-copy,1
                2031-07,,FAX,431010,juminhyo-copy,1
                2031-07,,コンビニ,431010,juminhyo-copy,11
                2031-07,,,,juminhyo-copy,1
                2031-07,,窓口,,inkan-shomei,1
                ,,コンビニ,431010,shotoku-kazei,
                2031-07,,コンビニ,431010
                """,
                new Expected(3, "年月", "Month", "2031-13"),
                new Expected(4, "手続きコード", "UnknownProcedure", "no-such-procedure"),
                new Expected(5, "件数", "Min", "-5"),
                new Expected(6, "件数", "Integer", "たくさん"),
                new Expected(7, "施設ID", "UnknownOffice", "999999"),
                new Expected(8, "区コード", "UnknownWard", "999999"),
                new Expected(9, "チャネル", "UnknownChannel", "FAX"),
                new Expected(10, "手続きコード", "Duplicate", "juminhyo-copy"),
                new Expected(11, "施設ID", "Required", null),
                new Expected(12, "区コード", "Required", null),
                new Expected(13, "年月", "Required", null),
                new Expected(13, "件数", "Required", null),
                new Expected(14, "(行)", "ColumnCount", null));
        // line 2 was good, yet nothing was imported
        assertThat(report("from=2031-07&to=2031-07").getList("rows"), hasSize(0));
    }

    @Test
    void theHeaderNamesKnownColumnsOnceAndTheRequiredOnes() {
        refused("年月,区コード,手続きコード,件数,備考\n2031-08,431010,juminhyo-copy,1,x\n",
                new Expected(1, "備考", "UnknownColumn", "備考"));
        refused("年月,区コード,件数\n2031-08,431010,1\n", new Expected(1, "手続きコード", "MissingColumn", null));
        refused("年月,手続きコード,件数\n2031-08,juminhyo-copy,1\n", new Expected(1, "施設ID", "MissingColumn", null));
        refused("年月,month,区コード,手続きコード,件数\n", new Expected(1, "month", "DuplicateColumn", "month"));
        refused("\n\n", new Expected(1, "(file)", "NotEmpty", null));
        assertThat(report("from=2031-08&to=2031-08").getList("rows"), hasSize(0));
    }

    @Test
    void anOfficeRowIsThatOfficesCounterInItsWard() {
        long office = Seeded.office("北区役所");
        refused("年月,施設ID,チャネル,区コード,手続きコード,件数\n2031-09,%d,コンビニ,,juminhyo-copy,1\n".formatted(office),
                new Expected(2, "チャネル", "OfficeIsCounter", "コンビニ"));
        refused("年月,施設ID,区コード,手続きコード,件数\n2031-09,%d,431010,juminhyo-copy,1\n".formatted(office),
                new Expected(2, "区コード", "WardMismatch", "431010"));
        upload("hq", "office,procedure,count,month\n%d,juminhyo-copy,40,2031-09\n".formatted(office)).then()
                .statusCode(200);
        assertThat(counts(report("from=2031-09&to=2031-09&ward=431052"), "2031-09", "431052", "juminhyo-copy")
                .get("counter"), equalTo(40));
    }

    @Test
    @SendsInvalidRequests
    void aFileOverFiveMegabytesIs413() {
        StringBuilder csv = new StringBuilder("年月,区コード,手続きコード,件数\n");
        while (csv.length() < 5 * 1024 * 1024 + 10) {
            csv.append("2031-10,431010,juminhyo-copy,1\n");
        }
        upload("hq", csv.toString()).then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("5120 KB"));
        assertThat(report("from=2031-10&to=2031-10").getList("rows"), hasSize(0));
    }

    @Test
    @SendsInvalidRequests
    void anUnknownOrWrongCharsetIsAProblem() {
        byte[] sjis = "年月,区コード,手続きコード,件数\n2031-11,431010,juminhyo-copy,1\n".getBytes(SHIFT_JIS);
        upload("hq", sjis, "text/csv; charset=UTF-8").then().statusCode(422).body("errors[0].rule",
                equalTo("Encoding"));
        upload("hq", sjis, "text/csv; charset=x-klingon").then().statusCode(415).body("errors[0].field",
                equalTo("Content-Type"));
        as("hq").contentType("application/json").body("{}").post(PATH).then().statusCode(415);
    }

    @Test
    @SendsInvalidRequests
    void badFiltersAreNamed() {
        as("hq").get(PATH + "?from=2031-13").then().statusCode(400).body("errors[0].field", equalTo("from"));
        as("hq").get(PATH + "?from=2031-05&to=2031-04").then().statusCode(400).body("errors[0].field",
                equalTo("to"));
        as("hq").get(PATH + "?ward=12").then().statusCode(400).body("errors[0].field", equalTo("ward"));
    }

    @Test
    void theCsvExportHasTheShare() {
        upload("hq", "年月,区コード,チャネル,手続きコード,件数\n2031-12,431036,コンビニ,juminhyo-copy,1\n"
                + "2031-12,431036,窓口,juminhyo-copy,3\n").then().statusCode(200);
        String csv = as("hq").get(PATH + "/export.csv?from=2031-12&to=2031-12").then().statusCode(200).extract()
                .asString();
        assertThat(csv, containsString("\"2031-12\",\"431036\",\"西区\",\"juminhyo-copy\",\"住民票の写し\",\"3\",\"1\","
                + "\"0\",\"0\",\"0\",\"4\",\"0.2500\""));
    }
}
