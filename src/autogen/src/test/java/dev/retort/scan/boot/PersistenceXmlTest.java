package dev.retort.scan.boot;

import dev.retort.scan.ScanException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersistenceXmlTest {
    private static final String TWO_UNITS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <persistence xmlns="http://xmlns.jcp.org/xml/ns/persistence" version="2.2">
              <persistence-unit name="main">
                <class>com.example.Order</class>
                <mapping-file>META-INF/extra-orm.xml</mapping-file>
                <properties>
                  <property name="hibernate.default_schema" value=" app "/>
                </properties>
              </persistence-unit>
              <persistence-unit name="audit"/>
            </persistence>
            """;

    private static List<PersistenceUnit> units() {
        return PersistenceXml.parse("test.xml", TWO_UNITS.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsClassesMappingFilesAndProperties() {
        PersistenceUnit main = PersistenceXml.select(units(), "main", "test.xml");
        assertEquals(List.of("com.example.Order"), main.classes());
        assertEquals(List.of("META-INF/extra-orm.xml"), main.mappingFiles());
        assertEquals(Map.of("hibernate.default_schema", "app"), main.properties());
    }

    @Test
    void severalUnitsNeedAName() {
        ScanException e = assertThrows(ScanException.class, () -> PersistenceXml.select(units(), null, "test.xml"));
        assertTrue(e.getMessage().contains("[main, audit]") && e.getMessage().contains("test.xml"), e.getMessage());
    }

    @Test
    void malformedXmlNamesTheFile() {
        ScanException e = assertThrows(ScanException.class,
                () -> PersistenceXml.parse("broken.xml", "<persistence>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("cannot parse broken.xml"), e.getMessage());
    }
}
