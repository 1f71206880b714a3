package dev.retort.scan.boot;

import dev.retort.scan.ScanException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the persistence units of a {@code META-INF/persistence.xml} (any JPA version, namespaces ignored). */
public final class PersistenceXml {
    public static final String RESOURCE = "META-INF/persistence.xml";

    private PersistenceXml() {
    }

    public static List<PersistenceUnit> parse(String origin, byte[] xml) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ScanException("cannot parse " + origin + ": " + e.getMessage(), e);
        }
        List<PersistenceUnit> units = new ArrayList<>();
        for (Element unit : children(document.getDocumentElement(), "persistence-unit")) {
            List<String> classes = new ArrayList<>();
            children(unit, "class").forEach(e -> classes.add(e.getTextContent().trim()));
            List<String> mappingFiles = new ArrayList<>();
            children(unit, "mapping-file").forEach(e -> mappingFiles.add(e.getTextContent().trim()));
            Map<String, String> properties = new LinkedHashMap<>();
            for (Element group : children(unit, "properties")) {
                for (Element property : children(group, "property")) {
                    properties.put(property.getAttribute("name").trim(), property.getAttribute("value").trim());
                }
            }
            // JPA's <validation-mode> element is the setting jakarta.persistence.validation.mode; a property wins
            children(unit, "validation-mode").forEach(e -> properties.putIfAbsent(
                    "jakarta.persistence.validation.mode", e.getTextContent().trim()));
            units.add(new PersistenceUnit(unit.getAttribute("name"), origin, classes, mappingFiles, properties));
        }
        return units;
    }

    /** The unit called {@code name}, or the only unit when {@code name} is null. */
    public static PersistenceUnit select(List<PersistenceUnit> units, String name, String origin) {
        if (name != null) {
            return units.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow(() ->
                    new ScanException("persistence unit '" + name + "' is not in " + origin + "; it has "
                            + units.stream().map(PersistenceUnit::name).toList()));
        }
        if (units.size() != 1) {
            throw new ScanException(origin + " has " + units.size() + " persistence units "
                    + units.stream().map(PersistenceUnit::name).toList()
                    + "; say which one to scan (ScanRequest.withPersistenceUnit)");
        }
        return units.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && localName.equals(e.getLocalName() == null ? e.getNodeName()
                    : e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
