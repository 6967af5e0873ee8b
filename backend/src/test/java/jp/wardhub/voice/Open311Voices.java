package jp.wardhub.voice;

import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;

/** Test helpers for Open311: voices with everything a resident may leave in them, published; XML read with the JDK. */
final class Open311Voices {

    /** What the resident said and left, none of which may reach the public. */
    static final String NAME = "見本 公開試験";
    static final String PHONE = "096-000-7311";
    static final String EMAIL = "koukai.shiken@example.jp";
    static final String PLACE = "中央区見本町7-3-11 の自宅前";

    /** What GeoReport v2 names in a service request (GET Service Request(s)), in the spec's order. */
    static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "lat", "long", "media_url");
    /** GET Service List's fields, in the spec's order. */
    static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata",
            "type", "keywords", "group");
    static final List<String> ATTRIBUTE_FIELDS = List.of("variable", "code", "datatype", "required",
            "datatype_description", "order", "description", "values");

    private Open311Voices() {
    }

    /** A Chūō voice with personal data and the resident's place, taken in by the administrator. */
    static long residentsVoice(String text) {
        String body = """
                {"channel":"PHONE","type":"REQUEST","categories":["roads","safety"],"wardCode":"%s",
                 "schoolDistrict":"慶徳校区","text":"%s","location":"%s","latitude":32.8101,"longitude":130.7102,
                 "personalData":{"name":"%s","address":"熊本市%s","phone":"%s","email":"%s","consentToContact":true}}"""
                .formatted(Voices.CHUO, text, PLACE, NAME, PLACE, PHONE, EMAIL);
        return Voices.id(Voices.create("admin", body));
    }

    /** The voice answered by {@code assignTo} (a ward or section body of the assign step), not yet published. */
    static long answered(String text, String assignTo) {
        long id = residentsVoice(text);
        Voices.step(id, "triage", Voices.TRIAGE);
        Voices.step(id, "assign", assignTo);
        Voices.step(id, "answer", Voices.ANSWER);
        return id;
    }

    /** Publishes the voice with a neutral published text (nothing the publication check flags). */
    static void publish(long id, String publishedText) {
        String etag = Voices.get("admin", id).header("ETag");
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(Map.of("publishedText", publishedText));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Voices.act("admin", id, "publish", json, etag)
                .then().statusCode(200).body("publication.publishedText", equalTo(publishedText));
    }

    static String reference(long id) {
        return Voices.get("admin", id).path("reference");
    }

    /** The body parsed by the JDK's DOM parser, with DOCTYPEs refused. */
    static Element xml(Response r) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(r.asByteArray()));
            return doc.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + new String(r.asByteArray(), StandardCharsets.UTF_8), e);
        }
    }

    /** The child elements, in order. */
    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
