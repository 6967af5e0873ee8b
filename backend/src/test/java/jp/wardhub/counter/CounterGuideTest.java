package jp.wardhub.counter;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Seeded.office;
import static jp.wardhub.testing.Seeded.officePlace;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** The public counter guide over the Kumamoto demo data. */
@QuarkusTest
class CounterGuideTest {

    @Test
    void theCatalogueHasSixtyProceduresInTenCategories() {
        given().get("/api/v1/procedure-categories").then().statusCode(200).body("size()", greaterThanOrEqualTo(10));
        given().get("/api/v1/procedures?size=1").then().statusCode(200).body("total", greaterThanOrEqualTo(60));
    }

    @ParameterizedTest
    @ValueSource(strings = { "じゅうみんひょう", "ｼﾞｭｳﾐﾝﾋｮｳ", "住民票", "ジュウミンヒョウ", "住民 票" })
    void residentsFindTheResidenceCertificateHoweverTheyTypeIt(String q) {
        given().queryParam("q", q).get("/api/v1/procedures").then().statusCode(200)
                .body("items[0].code", equalTo("juminhyo-copy"));
    }

    @Test
    void theChannelsBesideTheOfficesAreListedWithTheirRequirements() {
        given().get("/api/v1/channels").then().statusCode(200)
                .body("code", hasItems("convenience-store", "online", "mail", "kiosk"))
                .body("find { it.code == 'convenience-store' }.kind", equalTo("CONVENIENCE_STORE"));
    }

    @Test
    void aProcedureCarriesWhatToBringAndItsETag() {
        given().get("/api/v1/procedures/juminhyo-copy").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("nameJa", equalTo("住民票の写し"))
                .body("whatToBring", notNullValue());
    }

    @Test
    void theMostUsedProceduresAreDescribedInEnglishAndTheOthersOnlyInJapanese() {
        given().get("/api/v1/procedures/tennyu").then().statusCode(200)
                .body("descriptionEn", containsString("within 14 days"))
                .body("whatToBringEn", containsString("moving-out certificate (tenshutsu shomeisho)"))
                .body("feeNoteEn", equalTo("Free"))
                .body("processingTimeEn", equalTo("Same day"));
        given().get("/api/v1/procedures/kominkan").then().statusCode(200)
                .body("description", notNullValue())
                .body("descriptionEn", nullValue())
                .body("whatToBringEn", nullValue())
                .body("feeNoteEn", nullValue())
                .body("processingTimeEn", nullValue());
    }

    @Test
    void theFinderGivesTheFeeNoteInEnglishWhereThePlaceUsesTheProceduresOwn() {
        String chuo = officePlace("中央区役所");
        given().get("/api/v1/finder?procedure=koseki-zenbu&date=2026-12-01").then().statusCode(200)
                .body("procedure.descriptionEn", containsString("family register (koseki)"))
                .body("results.find { it.place.key == '" + chuo + "' }.feeNote", equalTo("1通450円（サンプル）"))
                .body("results.find { it.place.key == '" + chuo + "' }.feeNoteEn", equalTo("¥450 per copy (sample)"))
                .body("results.find { it.place.key == 'channel:convenience-store' }.feeNote",
                        equalTo("1通400円（サンプル）"))
                .body("results.find { it.place.key == 'channel:convenience-store' }.feeNoteEn", nullValue());
    }

    @Test
    void certificatesAreAlsoAtConvenienceStoresAndWardOffices() {
        given().get("/api/v1/procedures/juminhyo-copy/availability").then().statusCode(200)
                .body("offers.place.key",
                        hasItems(officePlace("中央区役所"), officePlace("北区役所"), "channel:convenience-store"))
                .body("offers.find { it.place.key == 'channel:convenience-store' }.conditionsJa",
                        containsString("マイナンバーカード"));
    }

    @Test
    void anOfficeListsWhatCanBeDoneThere() {
        given().get("/api/v1/offices/" + office("中央区役所") + "/procedures").then().statusCode(200)
                .body("place.nameJa", equalTo("中央区役所"))
                .body("items.procedure.code", hasItems("juminhyo-copy", "tennyu"));
    }

    @Test
    void theMatrixIsOneTableAndAWardFilterKeepsThatWardsOfficesAndEveryChannel() {
        var all = given().get("/api/v1/availability-matrix").then().statusCode(200).extract().jsonPath();
        int places = all.getList("places").size();
        List<List<String>> levels = all.getList("rows.levels");
        assertTrue(levels.stream().allMatch(row -> row.size() == places), "every row has a level per place");
        given().get("/api/v1/availability-matrix?ward=431052").then().statusCode(200)
                .body("places.findAll { it.kind == 'OFFICE' }.wardCode", everyItem(equalTo("431052")))
                .body("places.key", hasItem("channel:convenience-store"));
    }

    @Test
    void wardOfficesCloseOnTheSubstituteHolidayAndTheCitizensHolidayOf2026() {
        given().get("/api/v1/offices/" + office("中央区役所") + "/hours?from=2026-05-02&to=2026-05-07").then()
                .statusCode(200)
                .body("days.open", contains(false, false, false, false, false, true))
                .body("days[4].reasonJa", equalTo("振替休日"))
                .body("days[4].kind", equalTo("HOLIDAY"));
        given().get("/api/v1/offices/" + office("中央区役所") + "/hours?from=2026-09-22&to=2026-09-22").then()
                .body("days[0].open", equalTo(false)).body("days[0].reasonJa", equalTo("国民の休日"));
    }

    @Test
    void aWeekendOpeningOpensThatSundayOnly() {
        given().get("/api/v1/offices/" + office("中央区役所") + "/hours?from=2027-03-27&to=2027-03-29").then()
                .statusCode(200)
                .body("days.open", contains(false, true, true))
                .body("days[1].kind", equalTo("OPEN"))
                .body("days[1].reasonJa", equalTo("休日開庁"))
                .body("days[1].spans[0].opens", equalTo("09:00"));
    }

    @Test
    void theYearEndClosureRunsFromTheTwentyNinthToTheThird() {
        var days = given().get("/api/v1/offices/" + office("北区役所") + "/hours?from=2026-12-28&to=2027-01-05").then()
                .statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(true, false, false, false, false, false, false, true, true), days.getList("days.open"));
        assertEquals("YEAR_END", days.getString("days[1].kind"));
    }

    @Test
    void convenienceStoresOpenOnHolidaysButNotOverTheYearEnd() {
        given().get("/api/v1/channels/convenience-store/hours?from=2026-05-06&to=2026-05-06").then().statusCode(200)
                .body("days[0].open", equalTo(true))
                .body("days[0].spans[0].opens", equalTo("06:30"))
                .body("days[0].spans[0].closes", equalTo("23:00"));
        given().get("/api/v1/channels/convenience-store/hours?from=2027-01-01&to=2027-01-01").then()
                .body("days[0].open", equalTo(false)).body("days[0].kind", equalTo("YEAR_END"));
    }

    @Test
    void openNowSaysWhenItClosesAndWhenItOpensNext() {
        given().queryParam("at", "2026-12-01T10:00:00+09:00").get("/api/v1/offices/" + office("中央区役所") + "/open-now")
                .then().statusCode(200)
                .body("open", equalTo(true))
                .body("closesAt", equalTo("2026-12-01T17:15:00+09:00"));
        given().queryParam("at", "2026-12-04T18:00:00+09:00").get("/api/v1/offices/" + office("中央区役所") + "/open-now")
                .then().statusCode(200)
                .body("open", equalTo(false))
                .body("nextOpening", equalTo("2026-12-07T08:30:00+09:00"));
    }

    @Test
    void theFinderListsTheResidentsWardFirstThenOtherWardsThenChannels() {
        var answer = given().get("/api/v1/finder?procedure=juminhyo-copy&date=2026-12-01&ward=431052").then()
                .statusCode(200)
                .body("procedure.code", equalTo("juminhyo-copy"))
                .body("explanationJa", nullValue())
                .extract().jsonPath();
        List<String> kinds = answer.getList("results.place.kind");
        List<String> wards = answer.getList("results.place.wardCode");
        assertEquals("431052", wards.get(0));
        int firstOther = wards
                .indexOf(wards.stream().filter(w -> w != null && !w.equals("431052")).findFirst().orElseThrow());
        assertTrue(wards.subList(0, firstOther).stream().allMatch("431052"::equals), "the ward's offices come first");
        assertEquals("CHANNEL", kinds.get(kinds.size() - 1));
        assertTrue(kinds.indexOf("CHANNEL") > wards.lastIndexOf("431010"), "channels come after every office");
    }

    @Test
    void theFinderAcceptsTextAndOffersAlternatives() {
        given().queryParam("q", "ｲﾝｶﾝ").queryParam("date", "2026-12-01").get("/api/v1/finder").then().statusCode(200)
                .body("procedure.code", notNullValue())
                .body("alternatives", not(empty()));
    }

    @Test
    void overTheYearEndAFilingSaysWhyAndWhenItCanBeDoneNext() {
        given().get("/api/v1/finder?procedure=tennyu&date=2026-12-30").then().statusCode(200)
                .body("results", empty())
                .body("explanationJa", containsString("年末年始"))
                .body("explanationEn", containsString("Year-end"))
                .body("nextOpenDate", equalTo("2027-01-04"));
        // on New Year's Day the one-day holiday is the shorter override, so it names the holiday
        given().get("/api/v1/finder?procedure=tennyu&date=2027-01-01").then().statusCode(200)
                .body("explanationJa", containsString("元日"));
    }

    @Test
    void certificatesStillComeFromTheConvenienceStoreOnAPublicHoliday() {
        given().get("/api/v1/finder?procedure=juminhyo-copy&date=2026-05-06").then().statusCode(200)
                .body("results.place.key", contains("channel:convenience-store"));
    }

    @Test
    void documentedErrors() {
        given().get("/api/v1/procedures/no-such-procedure").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/offices/98765/hours").then().statusCode(404);
        given().get("/api/v1/offices/" + office("中央区役所") + "/hours?from=2026-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().get("/api/v1/offices/" + office("中央区役所") + "/hours?from=2026-02-30").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().get("/api/v1/offices/" + office("中央区役所") + "/hours?from=2026-01-01&to=2027-01-02").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().get("/api/v1/offices/" + office("中央区役所") + "/hours?from=2026-06-10&to=2026-06-01").then()
                .statusCode(400).body("errors[0].rule", equalTo("After"));
        given().get("/api/v1/offices/" + office("中央区役所") + "/hours?from=2026-01-01&to=2027-01-01").then()
                .statusCode(200).body("days.size()", equalTo(366));
        given().get("/api/v1/finder?date=2026-12-01").then().statusCode(400).body("errors[0].field",
                equalTo("procedure"));
        given().get("/api/v1/finder?procedure=juminhyo-copy&date=tomorrow").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        given().get("/api/v1/offices/" + office("中央区役所") + "/open-now?at=noon").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
    }

    @Test
    void hoursAndTheFinderStayWithinTheYearsTheHolidayCalendarKnows() {
        given().get("/api/v1/offices/" + office("東区役所") + "/hours?from=0001-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from")).body("errors[0].rule", equalTo("Range"));
        given().get("/api/v1/offices/" + office("東区役所") + "/hours?from=2099-12-01&to=2100-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().get("/api/v1/offices/" + office("東区役所") + "/hours?from=2099-12-30").then().statusCode(200)
                .body("days.size()", equalTo(2));
        given().get("/api/v1/finder?procedure=juminhyo-copy&date=1999-12-31").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        given().get("/api/v1/finder?procedure=tennyu&date=2099-12-31").then().statusCode(200)
                .body("results", empty()).body("nextOpenDate", nullValue());
        given().get("/api/v1/offices/" + office("中央区役所") + "/open-now?at=0001-01-01T00:00:00Z").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        given().queryParam("at", "2099-12-31T12:00:00+09:00").get("/api/v1/offices/" + office("中央区役所") + "/open-now")
                .then().statusCode(200)
                .body("open", equalTo(false)).body("nextOpening", nullValue());
    }

    @Test
    void anInstantAtTheEdgeOfTimeIsOutsideTheCalendar() {
        given().queryParam("at", "+999999999-12-31T23:59:59-18:00")
                .get("/api/v1/offices/" + office("中央区役所") + "/open-now").then().statusCode(400)
                .body("errors[0].field", equalTo("at")).body("errors[0].rule", equalTo("Range"));
        given().queryParam("at", "-999999999-01-01T00:00:00+18:00")
                .get("/api/v1/offices/" + office("中央区役所") + "/open-now").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
    }
}
