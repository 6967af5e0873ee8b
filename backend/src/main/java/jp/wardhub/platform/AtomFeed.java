package jp.wardhub.platform;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) of what was published, written with the JDK's XML writer (which escapes markup). Characters
 * XML 1.0 does not allow (control characters, lone surrogates) are dropped, so that a stray one in a text can never
 * make the whole feed unreadable.
 */
public final class AtomFeed {

    public static final String MEDIA_TYPE = "application/atom+xml; charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One entry: a stable {@code id} URI, a plain-text title and content, and the link to its page. */
    public record Entry(String id, String title, Instant updated, String link, String content) {
    }

    private AtomFeed() {
    }

    /**
     * The feed, entries in the order given; {@code updated} is the newest entry's (the epoch for an empty feed, which
     * has nothing newer to announce).
     */
    public static String write(String id, String title, String author, String selfLink, String alternateLink,
            List<Entry> entries) {
        Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "ja");
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "updated", timestamp(updated));
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", author);
            xml.writeEndElement();
            link(xml, "self", selfLink, MEDIA_TYPE.substring(0, MEDIA_TYPE.indexOf(';')));
            link(xml, "alternate", alternateLink, "text/html");
            for (Entry e : entries) {
                xml.writeStartElement(ATOM, "entry");
                text(xml, "id", e.id());
                text(xml, "title", e.title());
                text(xml, "updated", timestamp(e.updated()));
                link(xml, "alternate", e.link(), "text/html");
                xml.writeStartElement(ATOM, "content");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(xmlSafe(e.content()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the feed could not be written", e);
        }
        return out.toString();
    }

    /** RFC 3339 in UTC, to the second. */
    static String timestamp(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The text without the characters XML 1.0 cannot carry. */
    static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", xmlSafe(href));
    }
}
