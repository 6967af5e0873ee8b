package jp.wardhub.community;

import static jp.wardhub.community.AreaSteps.assign;
import static jp.wardhub.community.AreaSteps.centre;
import static jp.wardhub.community.AreaSteps.chuoDistrict;
import static jp.wardhub.community.AreaSteps.create;
import static jp.wardhub.community.AreaSteps.district;
import static jp.wardhub.community.AreaSteps.id;
import static jp.wardhub.community.AreaSteps.newChuoLiaison;
import static jp.wardhub.community.AreaSteps.tag;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.platform.BusinessTime;
import jp.wardhub.testing.HandClock;
import jp.wardhub.testing.SendsInvalidRequests;

/**
 * Liaison areas: a ward's school districts and centres' areas, its WARD staff assigning liaison staff to them from a
 * day (the periods kept as history and audited), and a liaison officer's own areas with what goes on in each. The day
 * is set by hand (an earlier day than the run's, as voices may not be received in the future).
 */
@QuarkusTest
class AreaTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private HandClock clock;

    @BeforeEach
    void setTheDay() {
        clock = new HandClock(TODAY.atTime(10, 0).atZone(BusinessTime.ZONE).toInstant(), BusinessTime.ZONE);
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void theCitysAreasAreListedPerWard() {
        as("chuo").get("/api/v1/community/areas?size=100").then().statusCode(200)
                .body("items.name", hasItems("慶徳校区", "白川校区", "五福まちづくりセンター"))
                .body("items.wardCode", everyItem(equalTo("431010")));
        as("chuo").get("/api/v1/community/areas?kind=COMMUNITY_CENTER&size=100").then().statusCode(200)
                .body("items.kind", everyItem(equalTo("COMMUNITY_CENTER")))
                .body("items.office.nameJa", hasItem("五福まちづくりセンター"));
        as("kita").get("/api/v1/community/areas?size=100").then().statusCode(200)
                .body("items.name", not(hasItem("慶徳校区"))).body("items.name", hasItem("清水校区"));
        as("hq").get("/api/v1/community/areas?ward=431052&size=100").then().statusCode(200)
                .body("items.wardCode", everyItem(equalTo("431052")));
    }

    @Test
    @SendsInvalidRequests
    void aBadFilterIsRefusedNamingIt() {
        as("chuo").get("/api/v1/community/areas?kind=PARISH").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as("chuo").get("/api/v1/community/areas?size=1000").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    @SendsInvalidRequests
    void theWardKeepsItsAreasWithUniqueNames() {
        String name = "試験" + tag() + "校区";
        long id = chuoDistrict(name);
        as("chuo").get("/api/v1/community/areas/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo(name)).body("wardCode", equalTo("431010")).body("editable", equalTo(true))
                .body("liaisons", empty()).body("history", empty());
        as("chuo-liaison").get("/api/v1/community/areas/" + id).then().statusCode(200).body("editable",
                equalTo(false));
        as("kita").get("/api/v1/community/areas/" + id).then().statusCode(404);

        create("chuo", district(name)).then().statusCode(409)
                .body("type", equalTo("https://wardhub.city/problems/area-name-taken"));
        create("chuo", centre("試験センター" + tag(), 999999)).then().statusCode(400)
                .body("errors[0].field", equalTo("officeId"));
        create("chuo", """
                {"kind":"COMMUNITY_CENTER","name":"試験センター","nameKana":"しけんせんたー"}""").then().statusCode(400)
                .body("errors[0].field", equalTo("officeId")).body("errors[0].rule", equalTo("Required"));
        create("chuo", """
                {"kind":"SCHOOL_DISTRICT","name":"試験校区","nameKana":"Shiken"}""").then().statusCode(400)
                .body("errors[0].field", equalTo("nameKana"));
        create("chuo", district(name + "2", "431010", id)).then().statusCode(400)
                .body("errors[0].field", equalTo("centreId"));

        String renamed = name.replace("試験", "改名");
        as("chuo").header("If-Match", "\"0\"").contentType(ContentType.JSON).body(district(renamed))
                .put("/api/v1/community/areas/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo(renamed));
        as("chuo").header("If-Match", "\"0\"").contentType(ContentType.JSON).body(district(name))
                .put("/api/v1/community/areas/" + id).then().statusCode(412);
        as("chuo").contentType(ContentType.JSON).body(district(name)).put("/api/v1/community/areas/" + id).then()
                .statusCode(428);
        as("chuo").header("If-Match", "\"1\"").contentType(ContentType.JSON).body(centre(renamed, 1))
                .put("/api/v1/community/areas/" + id).then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aCentresAreaHoldsItsSchoolDistricts() {
        long hall = newChuoHall();
        String centreName = "試験公民館" + tag();
        long centreId = id(create("chuo", centre(centreName, hall)));
        long districtId = id(create("chuo", district("試験" + tag() + "校区", "431010", centreId)));
        as("chuo").get("/api/v1/community/areas/" + centreId).then().statusCode(200)
                .body("office.id", equalTo((int) hall)).body("districts.id", contains((int) districtId));
        as("chuo").get("/api/v1/community/areas/" + districtId).then().statusCode(200)
                .body("centre.name", equalTo(centreName));
        create("chuo", centre("二つ目" + tag(), hall)).then().statusCode(400)
                .body("errors[0].field", equalTo("officeId")).body("errors[0].rule", equalTo("Unique"));
        long kitaHall = ((Number) as("admin").get("/api/v1/offices?ward=431052&type=COMMUNITY_CENTER").then()
                .statusCode(200).extract().path("items[0].id")).longValue();
        create("chuo", centre("他区" + tag(), kitaHall)).then().statusCode(400)
                .body("errors[0].rule", equalTo("SameWard"));
    }

    @Test
    void reassignmentsKeepEveryPeriodAsHistoryAndAreAudited() {
        long area = chuoDistrict("試験" + tag() + "校区");
        String second = newChuoLiaison();

        assign("chuo", area, "{\"liaisons\":[\"chuo-liaison\",\"" + second + "\"]}").then().statusCode(200)
                .body("liaisons.username", contains("chuo-liaison", second))
                .body("liaisons.from", everyItem(equalTo(TODAY.toString())))
                .body("liaisons.current", everyItem(equalTo(true)));

        // From three weeks on, the second officer alone: the first stays until the day before.
        LocalDate change = TODAY.plusDays(21);
        assign("chuo", area, "{\"liaisons\":[\"" + second + "\"],\"from\":\"" + change + "\"}").then()
                .statusCode(200)
                .body("liaisons.find { it.username == 'chuo-liaison' }.to", equalTo(change.minusDays(1).toString()))
                .body("liaisons.find { it.username == '" + second + "' }.to", nullValue());
        as("chuo-liaison").get("/api/v1/community/areas?liaison=chuo-liaison&size=100").then().statusCode(200)
                .body("items.id", hasItem((int) area));

        clock.advance(Duration.ofDays(30));
        as("chuo").get("/api/v1/community/areas/" + area).then().statusCode(200)
                .body("liaisons.username", contains(second))
                .body("history", hasSize(2))
                .body("history.find { it.username == 'chuo-liaison' }.to", equalTo(change.minusDays(1).toString()))
                .body("history.find { it.username == 'chuo-liaison' }.endedBy", equalTo("chuo"));
        as("chuo-liaison").get("/api/v1/community/areas?liaison=chuo-liaison&size=100").then().statusCode(200)
                .body("items.id", not(hasItem((int) area)));

        // A period that has not begun is withdrawn, not kept; one that began before today cannot be undone.
        LocalDate today = TODAY.plusDays(30);
        assign("chuo", area, "{\"liaisons\":[\"" + second + "\",\"chuo-liaison\"],\"from\":\"" + today.plusDays(10)
                + "\"}").then().statusCode(200).body("liaisons.find { it.username == 'chuo-liaison' }.current",
                        equalTo(false));
        assign("chuo", area, "{\"liaisons\":[\"" + second + "\"]}").then().statusCode(200)
                .body("liaisons.username", contains(second)).body("history", hasSize(2));
        assign("admin", area, "{\"liaisons\":[],\"from\":\"" + TODAY + "\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("from")).body("errors[0].rule", equalTo("AfterStart"));

        List<String> actions = as("admin").get("/api/v1/audit?entity=community-area&id=" + area + "&size=100")
                .then().statusCode(200).extract().path("items.action");
        org.hamcrest.MatcherAssert.assertThat(actions, hasItems("create", "assign-liaisons"));
        as("admin").get("/api/v1/audit?entity=community-area&id=" + area + "&action=assign-liaisons&size=100").then()
                .statusCode(200).body("items[-1].after.liaisons", hasItem("chuo-liaison " + TODAY + ".."));
    }

    @Test
    @SendsInvalidRequests
    void onlyTheWardsActiveLiaisonStaffMayBeAssigned() {
        long area = chuoDistrict("試験" + tag() + "校区");
        for (String who : List.of("kita-liaison", "chuo", "nobody-at-all")) {
            assign("chuo", area, "{\"liaisons\":[\"chuo-liaison\",\"" + who + "\"]}").then().statusCode(400)
                    .body("errors[0].field", equalTo("liaisons[1]"))
                    .body("errors[0].rule", equalTo("LiaisonOfWard"));
        }
        assign("chuo", area, "{\"liaisons\":[\"chuo-liaison\",\"chuo-liaison\"]}").then().statusCode(400)
                .body("errors[0].rule", equalTo("Unique"));
        assign("chuo", area, "{\"liaisons\":[],\"from\":\"" + TODAY.plusYears(2) + "\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        assign("chuo", area, "{\"from\":\"" + TODAY + "\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("liaisons"));
        as("chuo").contentType(ContentType.JSON).body("{\"liaisons\":[]}")
                .put("/api/v1/community/areas/" + area + "/liaisons").then().statusCode(428);
        as("chuo").header("If-Match", "\"99\"").contentType(ContentType.JSON).body("{\"liaisons\":[]}")
                .put("/api/v1/community/areas/" + area + "/liaisons").then().statusCode(412);
        as("chuo").get("/api/v1/community/areas/" + area).then().body("history", empty());
    }

    @Test
    void aLiaisonOfficerSeesWhatGoesOnInEachOfTheirAreas() {
        String tag = tag();
        String name = "試験" + tag + "校区";
        long area = chuoDistrict(name);
        long hall = newChuoHall();
        long centreArea = id(create("chuo", centre("試験公民館" + tag, hall)));
        as("chuo").contentType(ContentType.JSON).body(district(name.replace("試験", "別")))
                .post("/api/v1/community/areas").then().statusCode(201);
        String group = "試験自治会 " + tag;
        as("chuo").contentType(ContentType.JSON).body("""
                {"type":"NEIGHBOURHOOD_ASSOCIATION","name":"%s","nameKana":"しけんじちかい","wardCode":"431010",
                 "schoolDistrict":"%s"}""".formatted(group, name)).post("/api/v1/community/groups").then()
                .statusCode(201);
        String project = "試験の事業 " + tag;
        as("chuo").contentType(ContentType.JSON).body("""
                {"wardCode":"431010","schoolDistrict":"%s","title":"%s","summary":"試験","visibility":"INTERNAL"}"""
                .formatted(name, project)).post("/api/v1/community/projects").then().statusCode(201);
        String coming = meeting(name, "これからの集会 " + tag, TODAY.plusDays(7), null);
        meeting(name, "終わった集会 " + tag, TODAY.minusDays(7), null);
        String atTheHall = meeting(null, "公民館での集会 " + tag, TODAY.plusDays(3), hall);
        for (int i = 1; i <= 6; i++) {
            voice(name, "試験の声 " + tag + " " + i, TODAY.minusDays(10 - i));
        }
        String written = voice(name.replace("校区", ""), "校区を書かない声 " + tag, TODAY); // 「試験xxxx」 without 校区

        assign("chuo", area, "{\"liaisons\":[\"chuo-liaison\"]}").then().statusCode(200);
        assign("chuo", centreArea, "{\"liaisons\":[\"chuo-liaison\"]}").then().statusCode(200);

        var mine = as("chuo-liaison").get("/api/v1/community/areas/mine").then().statusCode(200)
                .body("today", equalTo(TODAY.toString()));
        String at = "areas.find { it.area.id == " + area + " }.";
        mine.body(at + "since", equalTo(TODAY.toString()))
                .body(at + "groups.name", contains(group))
                .body(at + "projects.title", contains(project))
                .body(at + "upcomingMeetings.title", contains(coming))
                .body(at + "recentVoices", hasSize(5))
                .body(at + "recentVoices[0].reference", equalTo(written))
                .body(at + "recentVoices[0].excerpt", equalTo("校区を書かない声 " + tag))
                .body(at + "openVoices", equalTo(7))
                .body(at + "schoolDistricts", contains(name));
        String atHall = "areas.find { it.area.id == " + centreArea + " }.";
        mine.body(atHall + "upcomingMeetings.title", contains(atTheHall)).body(atHall + "groups", empty());

        as("kita-liaison").get("/api/v1/community/areas/mine").then().statusCode(200)
                .body("areas.area.id", not(hasItem((int) area)));
        as("chuo").get("/api/v1/community/areas/mine").then().statusCode(200).body("areas", notNullValue());
        as("chuo-floor").get("/api/v1/community/areas/mine").then().statusCode(403);
        as("partner").get("/api/v1/community/areas/mine").then().statusCode(403);

        // Before the assignment began it is not theirs yet.
        clock.set(TODAY.minusDays(1).atTime(10, 0).atZone(BusinessTime.ZONE).toInstant());
        as("chuo-liaison").get("/api/v1/community/areas/mine").then().statusCode(200)
                .body("areas.area.id", not(hasItem((int) area)));
    }

    /** A dialogue meeting of 中央区 for the district (or none) at the office (or none); its title. */
    private static String meeting(String district, String title, LocalDate day, Long office) {
        as("chuo").contentType(ContentType.JSON).body("""
                {"wardCode":"431010","title":"%s","heldOn":"%s","place":"試験会場","participants":0%s%s}"""
                .formatted(title, day, district == null ? "" : ",\"schoolDistrict\":\"" + district + "\"",
                        office == null ? "" : ",\"officeId\":" + office))
                .post("/api/v1/community/meetings").then().statusCode(201);
        return title;
    }

    /** A voice of 中央区 written with the district as given; its reference. */
    private static String voice(String district, String text, LocalDate received) {
        return as("chuo").contentType(ContentType.JSON).body("""
                {"channel":"COUNTER","type":"REQUEST","categories":["community"],"wardCode":"431010",
                 "schoolDistrict":"%s","text":"%s","receivedOn":"%s"}""".formatted(district, text, received))
                .post("/api/v1/voices").then().statusCode(201).extract().path("reference");
    }

    /** A 公民館 of 中央区 registered for a test; its id. */
    private static long newChuoHall() {
        return ((Number) as("admin").contentType(ContentType.JSON).body("""
                {"type":"COMMUNITY_HALL","wardCode":"431010","nameJa":"試験公民館 %s","nameKana":"しけんこうみんかん",
                 "nameEn":"Test Community Hall","address":"熊本県熊本市中央区試験町1-1"}""".formatted(tag()))
                .post("/api/v1/offices").then().statusCode(201).extract().path("id")).longValue();
    }
}
