package jp.wardhub.platform;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Open311 GeoReport v2's own error answer, which its clients expect under {@code /open311/} instead of a problem: a
 * JSON list of {@code {code, description}} (the code being the HTTP status), or
 * {@code <errors><error><code>…</code><description>…</description></error></errors>} under a {@code .xml} path. A
 * problem with field errors becomes one error per field, its description starting with the field's name. Used both
 * for the errors of Open311's resources and for those refused before any resource (a URL or body too large), so that
 * no Open311 error escapes the format.
 */
public final class GeoReportErrors {

    public static final String PATH_PREFIX = "/open311/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final char REPLACEMENT = '\uFFFD';

    private GeoReportErrors() {
    }

    /** Whether errors under this request path are answered in GeoReport's format. */
    public static boolean covers(String path) {
        return path != null && path.startsWith(PATH_PREFIX);
    }

    /** The media type of the errors under this path: XML under a {@code .xml} path, else JSON. */
    public static String mediaType(String path) {
        return path.endsWith(".xml") ? "application/xml;charset=UTF-8" : "application/json";
    }

    /** The problem as GeoReport's error answer, in the format of the path. */
    public static String body(Problem p, String path) {
        List<Map<String, Object>> errors = errors(p);
        return path.endsWith(".xml") ? xml(errors) : json(errors);
    }

    static List<Map<String, Object>> errors(Problem p) {
        if (p.errors() != null && !p.errors().isEmpty()) {
            return p.errors().stream().map(e -> error(p.status(), e.field() + ": " + e.message())).toList();
        }
        return List.of(error(p.status(), p.detail() != null ? p.detail() : p.title() + " (" + p.titleEn() + ")"));
    }

    private static Map<String, Object> error(int code, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return error;
    }

    private static String json(List<Map<String, Object>> errors) {
        try {
            return JSON.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing GeoReport errors", e); // maps of strings and numbers always write
        }
    }

    private static String xml(List<Map<String, Object>> errors) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("errors");
            for (Map<String, Object> error : errors) {
                xml.writeStartElement("error");
                for (Map.Entry<String, Object> field : error.entrySet()) {
                    xml.writeStartElement(field.getKey());
                    xml.writeCharacters(xmlText(String.valueOf(field.getValue())));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing GeoReport errors", e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * The text with every character XML 1.0 cannot carry (control characters, lone surrogates) replaced by U+FFFD, so
     * that a stray one in a text never makes a document a client fails to parse; the writer escapes the rest.
     */
    public static String xmlText(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (!allowedInXml(cp)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? s : out.toString();
    }

    /** XML 1.0 §2.2: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
