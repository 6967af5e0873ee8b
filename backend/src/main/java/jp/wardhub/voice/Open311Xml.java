package jp.wardhub.voice;

import java.io.StringWriter;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GeoReport v2's XML, written from the same bodies as its JSON, so that the two never differ in their fields: a list
 * is an element named for the list holding one element per item ({@code <services><service>…}), an object's fields are
 * its child elements in order, and a field without a value is an empty element, as in the spec's examples. Written with
 * the JDK's StAX writer, which escapes the text; characters XML 1.0 cannot carry (control characters, lone surrogates)
 * are replaced, so a stray one in a text can never make a document a client fails to parse.
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
    private static final char REPLACEMENT = '\uFFFD';

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
            xml.writeCharacters(xmlText(value.asText()));
        }
        xml.writeEndElement();
    }

    /** The text with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String xmlText(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (!allowed(cp)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? s : out.toString();
    }

    /** XML 1.0 §2.2: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
