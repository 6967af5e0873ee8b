package jp.wardhub.community;

import static jp.wardhub.community.CommunitySteps.CHUO;
import static jp.wardhub.community.CommunitySteps.KITA;
import static jp.wardhub.community.CommunitySteps.createGroup;
import static jp.wardhub.community.CommunitySteps.group;
import static jp.wardhub.community.CommunitySteps.id;
import static jp.wardhub.community.CommunitySteps.unique;
import static jp.wardhub.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jp.wardhub.testing.SendsInvalidRequests;

/** Community groups: created and replaced by their ward's staff (If-Match), listed by ward, type, district and name. */
@QuarkusTest
class CommunityGroupTest {

    @Test
    void aGroupIsCreatedWithItsOfficersAndAreasAndTheWardStaffDefaultToTheirWard() {
        String name = unique("慶徳の試験協議会");
        var created = createGroup("chuo-liaison", group(name, CHUO).replace("\"wardCode\":\"431010\",", ""));
        long id = id(created);
        assertEquals("0", created.header("ETag").replace("\"", ""));
        as("hq").get("/api/v1/community/groups/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("wardCode", equalTo(CHUO))
                .body("type", equalTo("SCHOOL_DISTRICT_COUNCIL"))
                .body("schoolDistrict", equalTo("試験校区")).body("activityAreas", equalTo(List.of("試験町1丁目", "試験町2丁目")))
                .body("officers.role", equalTo(List.of("PRESIDENT", "TREASURER")))
                .body("officers.current", equalTo(List.of(true, false)))
                .body("hasContact", equalTo(true)).body("editable", equalTo(false));
        as("chuo").get("/api/v1/community/groups/" + id).then().body("editable", equalTo(true));
    }

    @SendsInvalidRequests
    @Test
    void anUpdateReplacesTheRecordUnderIfMatchAndKeepsTheContactWhenNoneIsGiven() {
        long id = CommunitySteps.chuoGroup();
        String etag = as("chuo").get("/api/v1/community/groups/" + id).then().extract().header("ETag");
        String renamed = unique("改称した協議会");
        String body = """
                {"type":"NEIGHBOURHOOD_ASSOCIATION","name":"%s","nameKana":"かいしょうしたきょうぎかい","activityAreas":["試験町3丁目"],
                 "officers":[{"role":"PRESIDENT","name":"例田 新会長","termFrom":"2026-11-01"}]}""".formatted(renamed);
        as("chuo-liaison").header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .put("/api/v1/community/groups/" + id)
                .then().statusCode(200).body("name", equalTo(renamed))
                .body("type", equalTo("NEIGHBOURHOOD_ASSOCIATION"))
                .body("wardCode", equalTo(CHUO)).body("activityAreas", equalTo(List.of("試験町3丁目")))
                .body("officers.name", equalTo(List.of("例田 新会長"))).body("officers[0].termTo", equalTo(null))
                .body("hasContact", equalTo(true)).body("version", equalTo(1));
        as("chuo").header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .put("/api/v1/community/groups/" + id)
                .then().statusCode(412);
        as("chuo").contentType(ContentType.JSON).body(body).put("/api/v1/community/groups/" + id).then()
                .statusCode(428);
        List<String> audited = as("admin").get("/api/v1/audit?entity=community-group&id=" + id).then().extract()
                .path("items.action");
        assertTrue(audited.containsAll(List.of("create", "create-contact", "update")), audited.toString());
    }

    @Test
    void wardStaffCannotMoveAGroupToAnotherWard() {
        long id = CommunitySteps.chuoGroup();
        as("chuo").header("If-Match", "*").contentType(ContentType.JSON).body(group(unique("移す協議会"), KITA))
                .put("/api/v1/community/groups/" + id).then().statusCode(403);
        as("admin").header("If-Match", "*").contentType(ContentType.JSON).body(group(unique("移す協議会"), KITA))
                .put("/api/v1/community/groups/" + id).then().statusCode(200).body("wardCode", equalTo(KITA));
    }

    @Test
    void searchIgnoresWidthAndHiraganaOrKatakana() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String body = """
                {"type":"NPO","name":"ｻﾝﾌﾟﾙ里山ﾈｯﾄ%s","nameKana":"さんぷるさとやまねっと","wardCode":"431010"}""".formatted(tag);
        long id = id(createGroup("chuo", body));
        String fullWidthTag = tag.chars().mapToObj(ch -> String.valueOf((char) (ch + 0xFEE0))).reduce("",
                String::concat);
        for (String q : List.of("サンプル里山ネット" + tag, "さんぷる 里山 ねっと" + tag, "ｻﾝﾌﾟﾙ里山ﾈｯﾄ" + tag.toUpperCase(),
                "サンプル里山ネット" + fullWidthTag)) {
            as("chuo").queryParam("q", q).get("/api/v1/community/groups").then().statusCode(200)
                    .body("items.id", equalTo(List.of((int) id)));
        }
        List<Integer> byReading = as("hq").queryParam("q", "サトヤマネット").queryParam("ward", CHUO).queryParam("size", 100)
                .get("/api/v1/community/groups").then().statusCode(200).extract().path("items.id");
        assertTrue(byReading.contains((int) id), byReading.toString());
        as("hq").queryParam("q", "さとやまねっと" + tag + "ない").get("/api/v1/community/groups").then().body("total",
                equalTo(0));
    }

    @Test
    void listsFilterByWardTypeAndDistrictAndWardStaffSeeTheirWardOnly() {
        String district = unique("試験区");
        long chuo = id(createGroup("chuo", group(unique("中央の協議会"), CHUO).replace("試験校区", district)));
        long kita = id(createGroup("kita", group(unique("北の協議会"), KITA).replace("試験校区", district)));
        List<Integer> all = as("hq").queryParam("schoolDistrict", district).get("/api/v1/community/groups").then()
                .statusCode(200)
                .body("total", equalTo(2)).extract().path("items.id");
        assertEquals(List.of((int) chuo, (int) kita), all); // by ward, then reading
        as("chuo-liaison").queryParam("schoolDistrict", district).get("/api/v1/community/groups").then()
                .body("items.id", equalTo(List.of((int) chuo)));
        as("hq").queryParam("schoolDistrict", district).queryParam("ward", KITA).get("/api/v1/community/groups").then()
                .body("items.id", equalTo(List.of((int) kita)));
        as("hq").queryParam("schoolDistrict", district).queryParam("type", "NPO").get("/api/v1/community/groups").then()
                .body("total", equalTo(0));
        as("hq").queryParam("type", "SCHOOL_DISTRICT_COUNCIL").queryParam("size", 100).get("/api/v1/community/groups")
                .then()
                .body("items.type", everyItem(equalTo("SCHOOL_DISTRICT_COUNCIL")));
        as("kita").get("/api/v1/community/groups/" + chuo).then().statusCode(403);
    }

    @Test
    void aReplayedCreateRecordsOneGroup() {
        String name = unique("再送の協議会");
        String key = "group-" + UUID.randomUUID();
        var first = as("chuo").header("Idempotency-Key", key).contentType(ContentType.JSON).body(group(name, CHUO))
                .post("/api/v1/community/groups").then().statusCode(201).extract();
        as("chuo").header("Idempotency-Key", key).contentType(ContentType.JSON).body(group(name, CHUO))
                .post("/api/v1/community/groups").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        as("hq").queryParam("q", name).get("/api/v1/community/groups").then().body("total", equalTo(1));
    }
}
