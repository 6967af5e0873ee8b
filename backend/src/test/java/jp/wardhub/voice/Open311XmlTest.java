package jp.wardhub.voice;

import static io.restassured.RestAssured.given;
import static jp.wardhub.testing.Accounts.as;
import static jp.wardhub.voice.Open311Voices.ATTRIBUTE_FIELDS;
import static jp.wardhub.voice.Open311Voices.REQUEST_FIELDS;
import static jp.wardhub.voice.Open311Voices.SERVICE_FIELDS;
import static jp.wardhub.voice.Open311Voices.child;
import static jp.wardhub.voice.Open311Voices.children;
import static jp.wardhub.voice.Open311Voices.names;
import static jp.wardhub.voice.Open311Voices.text;
import static jp.wardhub.voice.Open311Voices.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every Open311 endpoint in XML, shaped as GeoReport v2's XML examples ({@code <services><service>…},
 * {@code <service_definition>}, {@code <service_requests><request>…}, {@code <errors><error>…}) and carrying the same
 * fields as its JSON, read with the JDK's DOM parser.
 */
@QuarkusTest
class Open311XmlTest {

    private static Element ok(Response r, int status, String root) {
        r.then().statusCode(status).contentType(org.hamcrest.Matchers.startsWith("application/xml"));
        Element doc = xml(r);
        assertEquals(root, doc.getTagName());
        return doc;
    }

    /** The JSON object's keys, in order, as the XML element's children must be. */
    @SuppressWarnings("unchecked")
    private static List<String> keys(Object jsonObject) {
        return new ArrayList<>(((Map<String, Object>) jsonObject).keySet());
    }

    @Test
    void theServiceListInXmlIsTheJsonOneAsServicesOfService() {
        Element services = ok(given().get("/open311/v2/services.xml"), 200, "services");
        List<Map<String, Object>> json = given().get("/open311/v2/services.json").then().extract().jsonPath()
                .getList("$");
        assertEquals(json.size(), children(services).size());
        for (int i = 0; i < json.size(); i++) {
            Element service = children(services).get(i);
            assertEquals("service", service.getTagName());
            assertEquals(SERVICE_FIELDS, names(service));
            assertEquals(keys(json.get(i)), names(service));
            assertEquals(json.get(i).get("service_code"), text(service, "service_code"));
            assertEquals("true", text(service, "metadata"));
        }
    }

    @Test
    void aServiceDefinitionInXmlHasItsAttributesAndTheirValues() {
        Element definition = ok(given().get("/open311/v2/services/roads.xml"), 200, "service_definition");
        assertEquals(List.of("service_code", "attributes"), names(definition));
        assertEquals("roads", text(definition, "service_code"));
        List<Element> attributes = children(child(definition, "attributes"));
        assertEquals(List.of("VOICE_TYPE", "WARD", "SCHOOL_DISTRICT"),
                attributes.stream().map(a -> text(a, "code")).toList());
        Element type = attributes.get(0);
        assertEquals("attribute", type.getTagName());
        assertEquals(ATTRIBUTE_FIELDS, names(type));
        assertEquals("singlevaluelist", text(type, "datatype"));
        assertEquals("", text(type, "datatype_description")); // null: an empty element, as in the spec's example
        Element firstValue = children(child(type, "values")).get(0);
        assertEquals("value", firstValue.getTagName());
        assertEquals(List.of("key", "name"), names(firstValue));
        assertEquals("COMPLAINT", text(firstValue, "key"));
        assertEquals("苦情 (Complaint)", text(firstValue, "name"));
        assertEquals(ATTRIBUTE_FIELDS.subList(0, 7), names(attributes.get(2))); // a string has no values
    }

    @Test
    void aPostAnsweredInXmlIsServiceRequestsOfRequest() {
        Response r = as("partner").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(Open311Test.FORM).formParam("service_code", "roads")
                .formParam("description", "XML で答えてほしい申出").formParam("attribute[VOICE_TYPE]", "ENQUIRY")
                .post("/open311/v2/requests.xml");
        Element requests = ok(r, 201, "service_requests");
        Element request = children(requests).get(0);
        assertEquals("request", request.getTagName());
        assertEquals(List.of("service_request_id", "service_notice"), names(request));
        String id = text(request, "service_request_id");
        assertTrue(id.matches("V-\\d{4}-\\d{6}"), id);

        // and the partner reads it back in XML as sent
        Element back = ok(as("partner").get("/open311/v2/requests/" + id + ".xml"), 200, "service_requests");
        Element one = children(back).get(0);
        assertEquals(REQUEST_FIELDS, names(one));
        assertEquals("XML で答えてほしい申出", text(one, "description"));
        assertEquals("open", text(one, "status"));
    }

    @Test
    void publishedRequestsInXmlAreTheJsonOnesAsServiceRequestsOfRequest() {
        long id = Open311Voices.answered("XML の確認 " + UUID.randomUUID(), Voices.TO_SECTION);
        String published = "街灯の <交換> & 点検の要望 \"至急\"\u0001。→ 交換しました。";
        Open311Voices.publish(id, published);
        String ref = Open311Voices.reference(id);

        Element list = ok(given().queryParam("service_request_id", ref).get("/open311/v2/requests.xml"), 200,
                "service_requests");
        Map<String, Object> json = given().queryParam("service_request_id", ref).get("/open311/v2/requests.json")
                .then().extract().jsonPath().getMap("[0]");
        Element request = children(list).get(0);
        assertEquals("request", request.getTagName());
        assertEquals(REQUEST_FIELDS, names(request));
        assertEquals(keys(json), names(request));
        assertEquals(ref, text(request, "service_request_id"));
        // markup is escaped, and a character XML cannot carry is replaced rather than breaking the document
        assertEquals(published.replace('\u0001', '\uFFFD'), text(request, "description"));
        assertEquals(json.get("requested_datetime"), text(request, "requested_datetime"));
        assertEquals(json.get("agency_responsible"), text(request, "agency_responsible"));
        for (String empty : List.of("address", "lat", "long", "media_url")) {
            assertEquals("", text(request, empty), empty);
            assertFalse(child(request, empty).hasChildNodes(), empty);
        }

        Element one = ok(given().get("/open311/v2/requests/" + ref + ".xml"), 200, "service_requests");
        assertEquals(1, children(one).size());
        assertEquals(REQUEST_FIELDS, names(children(one).get(0)));
    }

    /** An error in XML: {@code <errors><error><code>…</code><description>…</description></error></errors>}. */
    private static String error(Response r, int status) {
        Element errors = ok(r, status, "errors");
        Element error = children(errors).get(0);
        assertEquals("error", error.getTagName());
        assertEquals(List.of("code", "description"), names(error));
        assertEquals(Integer.toString(status), text(error, "code"));
        return text(error, "description");
    }

    @Test
    void everyXmlEndpointAnswersItsErrorsAsGeoReportXml() {
        assertTrue(error(given().get("/open311/v2/services/no-such.xml"), 404).contains("no-such"));
        assertTrue(error(given().get("/open311/v2/requests/V-0000-000000.xml"), 404).contains("V-0000-000000"));
        assertTrue(error(given().get("/open311/v2/requests.xml?status=pending"), 400).startsWith("status: "));
        assertTrue(error(given().get("/open311/v2/requests.xml?end_date=2026-13-40"), 400).startsWith("end_date: "));
        assertTrue(error(as("partner").contentType(Open311Test.FORM).formParam("service_code", "roads")
                .post("/open311/v2/requests.xml"), 400).startsWith("description: "));
        error(given().contentType(Open311Test.FORM).formParam("service_code", "roads").formParam("description", "x")
                .post("/open311/v2/requests.xml"), 401);
        error(as("chuo").contentType(Open311Test.FORM).formParam("service_code", "roads").formParam("description", "x")
                .post("/open311/v2/requests.xml"), 403);
        for (String path : List.of("/open311/v2/services.xml", "/open311/v2/services/roads.xml",
                "/open311/v2/requests.xml", "/open311/v2/requests/V-2026-000001.xml")) {
            assertTrue(error(given().queryParam("jurisdiction_id", "city.fukuoka.jp").get(path), 404)
                    .contains("jurisdiction_id"), path);
        }
        assertTrue(error(as("partner").contentType(Open311Test.FORM).formParam("service_code", "roads")
                .formParam("description", "x").formParam("jurisdiction_id", "city.fukuoka.jp")
                .post("/open311/v2/requests.xml"), 404).contains("jurisdiction_id"));
        // refused before any resource is chosen, and still in the format
        error(given().queryParam("service_code", "x".repeat(9000)).get("/open311/v2/requests.xml"), 414);
    }

    @Test
    void theJsonBodiesHaveTheSpecsFieldsToo() {
        long id = Open311Voices.answered("JSON の形の確認 " + UUID.randomUUID(), Voices.TO_SECTION);
        Open311Voices.publish(id, "JSON の形を確かめる要望。→ 対応しました。");
        String ref = Open311Voices.reference(id);
        assertEquals(REQUEST_FIELDS, keys(given().get("/open311/v2/requests/" + ref + ".json").then().extract()
                .jsonPath().getMap("[0]")));
        assertEquals(SERVICE_FIELDS, keys(given().get("/open311/v2/services.json").then().extract().jsonPath()
                .getMap("[0]")));
        assertEquals(ATTRIBUTE_FIELDS, keys(given().get("/open311/v2/services/roads.json").then().extract()
                .jsonPath().getMap("attributes[0]")));
        assertEquals(List.of("service_request_id", "service_notice"), keys(as("partner")
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(Open311Test.FORM)
                .formParam("service_code", "roads").formParam("description", "形の確認")
                .post("/open311/v2/requests.json").then().statusCode(201).extract().jsonPath().getMap("[0]")));
        assertEquals(List.of("code", "description"), keys(given().get("/open311/v2/services/none.json").then()
                .statusCode(404).extract().jsonPath().getMap("[0]")));
    }
}
