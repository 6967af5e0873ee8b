package jp.wardhub.counter;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Seeded.office;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.AuthorizationMatrix;
import jp.wardhub.testing.AuthorizationMatrix.Write;

/**
 * Every write of the counter catalogue × every role. Procedures belong to their owning section (住民票の写し: 区政課, whose
 * staff is hq-kusei); an office's hours to its ward (北区役所: kita); channels' hours to administrators.
 */
@QuarkusTest
class CounterAuthorizationTest {

    private static final List<String> EVERYONE = List.of("admin", "hq", "hq-kusei", "hq-kokuho", "chuo", "kita",
            "chuo-floor",
            "chuo-liaison", "partner");

    static final List<Write> WRITES = List.of(
            new Write("POST /procedures (区政課)", spec -> spec.contentType(ContentType.JSON)
                    .body(CatalogueAdminTest.procedure("authz-" + UUID.randomUUID().toString().substring(0, 8), "権限確認"))
                    .post("/api/v1/procedures"), List.of("admin", "hq-kusei")),
            new Write("PUT /procedures/{code}", spec -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                    .body(currentProcedure()).put("/api/v1/procedures/juminhyo-copy"), List.of("admin", "hq-kusei")),
            new Write("PUT /procedures/{code}/availability",
                    spec -> spec.header("If-Match", "*").contentType(ContentType.JSON)
                            .body(currentOffers()).put("/api/v1/procedures/juminhyo-copy/availability"),
                    List.of("admin", "hq-kusei")),
            new Write("POST /offices/{北区}/opening-periods", spec -> spec.contentType(ContentType.JSON)
                    .body(CatalogueAdminTest.CLOSED_WEEK.replace("2027-02", "2028-02"))
                    .post("/api/v1/offices/" + office("北区役所") + "/opening-periods"),
                    List.of("admin", "kita")),
            new Write("POST /channels/{code}/opening-periods", spec -> spec.contentType(ContentType.JSON)
                    .body(CatalogueAdminTest.CLOSED_WEEK.replace("2027-02", "2028-03"))
                    .post("/api/v1/channels/kiosk/opening-periods"),
                    List.of("admin")),
            new Write("POST /faqs", spec -> spec.contentType(ContentType.JSON).body(FaqWorkflowTest.draft("権限確認の質問"))
                    .post("/api/v1/faqs"), List.of("admin", "hq", "hq-kusei", "hq-kokuho", "chuo", "kita")));

    static Stream<Arguments> matrix() {
        return AuthorizationMatrix.cases(WRITES, EVERYONE);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheOwnersWrite(Write write, String who, int expected) {
        AuthorizationMatrix.check(write, who, expected);
    }

    private static String currentProcedure() {
        var p = given().get("/api/v1/procedures/juminhyo-copy").then().statusCode(200).extract().jsonPath();
        return """
                {"code":"juminhyo-copy","categoryCode":"%s","nameJa":"%s","nameKana":"%s","nameEn":"%s","keywords":%s,
                 "description":%s,"descriptionEn":%s,"whatToBring":%s,"whatToBringEn":%s,"feeYen":%s,"feeNote":%s,
                 "feeNoteEn":%s,"processingTime":%s,"processingTimeEn":%s,"ownerSectionCode":"%s",
                 "legalBasis":%s,"status":"%s"}""".formatted(p.getString("categoryCode"), p.getString("nameJa"),
                p.getString("nameKana"), p.getString("nameEn"), json(p.getString("keywords")),
                json(p.getString("description")), json(p.getString("descriptionEn")),
                json(p.getString("whatToBring")), json(p.getString("whatToBringEn")), p.get("feeYen"),
                json(p.getString("feeNote")), json(p.getString("feeNoteEn")),
                json(p.getString("processingTime")), json(p.getString("processingTimeEn")),
                p.getString("ownerSectionCode"), json(p.getString("legalBasis")), p.getString("status"));
    }

    private static String currentOffers() {
        List<String> offers = new ArrayList<>();
        var a = given().get("/api/v1/procedures/juminhyo-copy/availability").then().statusCode(200).extract()
                .jsonPath();
        int n = a.getList("offers").size();
        for (int i = 0; i < n; i++) {
            String o = "offers[" + i + "].";
            offers.add(
                    """
                            {"placeKey":"%s","level":"%s","conditionsJa":%s,"conditionsEn":%s,"residentsOnly":%s,"feeYen":%s,"feeNote":%s}"""
                            .formatted(a.getString(o + "place.key"), a.getString(o + "level"),
                                    json(a.getString(o + "conditionsJa")),
                                    json(a.getString(o + "conditionsEn")), a.getBoolean(o + "residentsOnly"),
                                    a.get(o + "feeYen"),
                                    json(a.getString(o + "feeNote"))));
        }
        return "{\"offers\":[" + String.join(",", offers) + "]}";
    }

    private static String json(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
