package jp.wardhub.voice;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.voice.Open311Voices.EMAIL;
import static jp.wardhub.voice.Open311Voices.NAME;
import static jp.wardhub.voice.Open311Voices.PHONE;
import static jp.wardhub.voice.Open311Voices.PLACE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The published voices are Open311 requests anyone may read, in their published form only; partner systems still
 * read the requests they sent, as they sent them.
 */
@QuarkusTest
class Open311PublicTest {

    private static final String PUBLISHED = "中央区新町の街灯が切れているとの要望。→ 交換しました。";

    /** Nothing the resident said or left, and no place, in a body meant for the public. */
    private static void leaksNothing(String body, String original) {
        for (String secret : new String[] { original, NAME, "見本", PHONE, EMAIL, PLACE, "見本町", "32.81", "130.71" }) {
            assertFalse(body.contains(secret), "the public body shows " + secret + ": " + body);
        }
    }

    @Test
    void aPublishedVoiceIsPublicInItsPublishedFormOnly() {
        String original = "自宅前の街灯が切れて夜道が暗い (原文 " + UUID.randomUUID() + ")";
        long id = Open311Voices.answered(original, Voices.TO_SECTION);
        Open311Voices.publish(id, PUBLISHED);
        String ref = Open311Voices.reference(id);

        var one = given().get("/open311/v2/requests/" + ref + ".json").then().statusCode(200)
                .contentType(ContentType.JSON).body("$", hasSize(1))
                .body("[0].service_request_id", equalTo(ref)).body("[0].description", equalTo(PUBLISHED))
                .body("[0].status", equalTo("closed")).body("[0].status_notes", equalTo("回答しました (answered)"))
                .body("[0].service_code", equalTo("roads")).body("[0].service_name", equalTo("道路"))
                .body("[0].agency_responsible", endsWith("区政課"))
                .body("[0].service_notice", equalTo("回答済みです (answered)"))
                .body("[0].requested_datetime", endsWith("+09:00")).body("[0].updated_datetime", endsWith("+09:00"))
                .body("[0].expected_datetime", endsWith("+09:00"))
                .body("[0]", hasKey("address")).body("[0].address", nullValue())
                .body("[0].lat", nullValue()).body("[0].long", nullValue())
                .body("[0]", hasKey("media_url")).body("[0].media_url", nullValue())
                .extract().asString();
        leaksNothing(one, original);

        String list = given().queryParam("service_request_id", ref).get("/open311/v2/requests.json").then()
                .statusCode(200).body("service_request_id", contains(ref))
                .body("[0].description", equalTo(PUBLISHED)).extract().asString();
        leaksNothing(list, original);
        given().get("/open311/v2/requests.json").then().statusCode(200).body("service_request_id", hasItem(ref));
        leaksNothing(given().get("/open311/v2/requests/" + ref + ".xml").then().statusCode(200).extract().asString(),
                original);

        // signed in as staff, Open311 still shows the published form: it is no staff interface
        as("chuo").get("/open311/v2/requests/" + ref + ".json").then().statusCode(200)
                .body("[0].description", equalTo(PUBLISHED)).body("[0].address", nullValue());
    }

    @Test
    void theAgencyIsTheWardOfficeWhenAWardHandlesIt() {
        long id = Open311Voices.answered("区で対応した声 " + UUID.randomUUID(), "{\"wardCode\":\"" + Voices.CHUO + "\"}");
        Open311Voices.publish(id, "区役所が対応した要望。→ 対応しました。");
        given().get("/open311/v2/requests/" + Open311Voices.reference(id) + ".json").then().statusCode(200)
                .body("[0].agency_responsible", equalTo("中央区役所"));
    }

    @Test
    void voicesNotPublishedAreNotPublic() {
        String answered = Open311Voices.reference(Open311Voices.answered("公表前の声 " + UUID.randomUUID(),
                Voices.TO_SECTION));
        long refusedId = Open311Voices.answered("公表しない声 " + UUID.randomUUID(), Voices.TO_SECTION);
        String etag = Voices.get("admin", refusedId).header("ETag");
        Voices.act("admin", refusedId, "publish", "{\"notPublishedReason\":\"NO_CONSENT\"}", etag).then()
                .statusCode(200);
        String refused = Open311Voices.reference(refusedId);
        String received = Voices.chuoVoice("受け付けたばかりの声 " + UUID.randomUUID()).path("reference");

        for (String ref : new String[] { answered, refused, received }) {
            given().get("/open311/v2/requests/" + ref + ".json").then().statusCode(404).contentType(ContentType.JSON)
                    .body("[0].code", equalTo(404));
            as("partner").get("/open311/v2/requests/" + ref + ".json").then().statusCode(404);
            as("admin").get("/open311/v2/requests/" + ref + ".xml").then().statusCode(404);
        }
        given().queryParam("service_request_id", answered + "," + refused + "," + received)
                .get("/open311/v2/requests.json").then().statusCode(200).body("$", hasSize(0));
        given().get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", not(hasItems(answered)))
                .body("service_request_id", not(hasItems(refused)))
                .body("service_request_id", not(hasItems(received)));
    }

    @Test
    void aPartnerSeesItsOwnAsSentBesideThePublishedOnes() {
        long publishedId = Open311Voices.answered("公表された声 " + UUID.randomUUID(), Voices.TO_SECTION);
        Open311Voices.publish(publishedId, PUBLISHED);
        String published = Open311Voices.reference(publishedId);
        String own = as("partner").header("Idempotency-Key", UUID.randomUUID().toString()).contentType(Open311Test.FORM)
                .formParam("service_code", "roads").formParam("description", "連携システムから送った声（非公表）")
                .formParam("address_string", "中央区花畑町 付近")
                .post("/open311/v2/requests.json").then().statusCode(201).extract().path("[0].service_request_id");

        as("partner").queryParam("service_request_id", own + "," + published + ",V-0000-000000")
                .get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", contains(own, published)) // newest first
                .body("[0].description", equalTo("連携システムから送った声（非公表）"))
                .body("[0].address", equalTo("中央区花畑町 付近")).body("[0].status", equalTo("open"))
                .body("[0].service_notice", containsString("までに回答します"))
                .body("[1].description", equalTo(PUBLISHED)).body("[1].address", nullValue());
        as("partner").get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", hasItems(own, published));
        as("partner").get("/open311/v2/requests/" + own + ".json").then().statusCode(200)
                .body("[0].description", equalTo("連携システムから送った声（非公表）"));

        // the others see only what is published
        given().get("/open311/v2/requests/" + own + ".json").then().statusCode(404);
        as("chuo").get("/open311/v2/requests/" + own + ".json").then().statusCode(404);
        as("kiosk").get("/open311/v2/requests/" + own + ".json").then().statusCode(404);
        given().queryParam("service_request_id", own + "," + published).get("/open311/v2/requests.json").then()
                .statusCode(200).body("service_request_id", contains(published));
    }

    @Test
    void theSpecsParametersFilterThePublishedRequests() {
        long id = Open311Voices.answered("絞り込みの確認 " + UUID.randomUUID(), Voices.TO_SECTION);
        Open311Voices.publish(id, PUBLISHED);
        String ref = Open311Voices.reference(id);
        given().queryParam("service_code", "parks, roads").get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(ref));
        given().queryParam("service_code", "waste").get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", not(hasItem(ref)));
        given().queryParam("status", "closed").get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(ref)).body("status", not(hasItem("open")));
        given().queryParam("status", "open").get("/open311/v2/requests.json").then().statusCode(200)
                .body("service_request_id", not(hasItem(ref)));
        given().queryParam("end_date", "2000-01-01T00:00:00+09:00").get("/open311/v2/requests.json").then()
                .statusCode(200).body("$", hasSize(0));
        given().queryParam("start_date", "9999-01-01").get("/open311/v2/requests.json").then().statusCode(200)
                .body("$", hasSize(0));
        // service_request_id overrides the other parameters, as the spec says
        given().queryParam("service_request_id", ref).queryParam("status", "open").queryParam("service_code", "waste")
                .get("/open311/v2/requests.json").then().statusCode(200).body("service_request_id", contains(ref))
                .body("[0].expected_datetime", notNullValue());
    }
}
