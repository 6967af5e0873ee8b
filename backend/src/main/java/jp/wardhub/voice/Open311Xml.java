package jp.wardhub.voice;

import java.io.StringWriter;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.wardhub.platform.GeoReportErrors;

/**
 * GeoReport v2's XML, written from the same bodies as its JSON, so that the two never differ in their fields: a list
 * is an element named for the list holding one element per item ({@code <services><service>…}), an object's fields are
 * its child elements in order, and a field without a value is an empty element, as in the spec's examples. Written with
 * the JDK's StAX writer, which escapes the text; characters XML 1.0 cannot carry are replaced
 * ({@link GeoReportErrors#xmlText}).
 */
final class Open311Xml {

    static final String SERVICES = "services";
    static final String SERVICE_DEFINITION = "service_definition";
    static final String SERVICE_REQUESTS = "service_requests";
    static final String ERRORS = "errors";

    /** The element of each item of a list, by the list's name. */
    private static final Map<String, String> ITEM = Map.of(SERVICES, "service", SERVICE_REQUESTS, "request",
            "attributes", "attribute", "values", "value", ERRORS, "error");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Open311Xml() {
    }

    /** {@code body} (a list or an object) as the document {@code <root>…</root>}. */
    static String write(ObjectMapper json, String root, Object body) {
        JsonNode tree = json.valueToTree(body);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, tree);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing Open311 XML", e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, JsonNode value) throws XMLStreamException {
        if (value == null || value.isNull()) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value.isArray()) {
            String item = ITEM.getOrDefault(name, "item");
            for (JsonNode each : value) {
                element(xml, item, each);
            }
        } else if (value.isObject()) {
            for (var field : value.properties()) {
                element(xml, field.getKey(), field.getValue());
            }
        } else {
            xml.writeCharacters(GeoReportErrors.xmlText(value.asText()));
        }
        xml.writeEndElement();
    }
}
