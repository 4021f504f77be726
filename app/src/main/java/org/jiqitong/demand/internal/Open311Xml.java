package org.jiqitong.demand.internal;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML of the Open311 GeoReport v2 answers, written by the JDK's StAX writer (which escapes markup) from the same
 * maps and lists the JSON answers are made of: a map is an element per entry, a list under a plural name an element
 * per item under the singular ({@code endpoints} → {@code endpoint}), {@code null} an empty element. Text is XML 1.0
 * character data: what XML 1.0 forbids (controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) is
 * replaced by U+FFFD before it reaches the writer, so a stored value can never make the feed ill-formed.
 */
final class Open311Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Open311Xml() {
    }

    /** A document whose root holds one element per item: {@code <root><item>…</item>…</root>}. */
    static String list(String root, String item, List<? extends Map<String, ?>> items) {
        return write(w -> {
            w.writeStartElement(root);
            for (Map<String, ?> m : items) {
                value(w, item, m);
            }
            w.writeEndElement();
        });
    }

    /** A document whose root holds the map's entries. */
    static String object(String root, Map<String, ?> fields) {
        return write(w -> value(w, root, fields));
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("utf-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Open311 XML could not be written", e);
        }
        return out.toString();
    }

    private static void value(XMLStreamWriter w, String name, Object v) throws XMLStreamException {
        if (v == null) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                value(w, e.getKey().toString(), e.getValue());
            }
        } else if (v instanceof List<?> l) {
            String item = name.endsWith("s") ? name.substring(0, name.length() - 1) : name + "_item";
            for (Object o : l) {
                value(w, item, o);
            }
        } else {
            w.writeCharacters(text(v.toString()));
        }
        w.writeEndElement();
    }

    /** The text with every character XML 1.0 forbids replaced by U+FFFD (markup is the writer's to escape). */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
                    || c == '\uFFFE' || c == '\uFFFF') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
