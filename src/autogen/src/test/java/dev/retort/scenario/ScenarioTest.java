package dev.retort.scenario;

import dev.retort.scenario.Scenario.ScenarioFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario file format and the loader; the corpus itself is checked by {@link ScenarioCorpusTest}. */
class ScenarioTest {

    private static final String GOOD = """
            # Customer gains a phone number,
            # a nullable column.
            # kind: columns
            === A/Customer.java
            package scenario;
            class Customer {}

            === B/Customer.java
            package scenario;
            class Customer { String phone; }
            === B/billing/Invoice.java
            package scenario.billing;
            class Invoice {}
            === B/hibernate.properties
            hibernate.type.preferred_instant_jdbc_type=TIMESTAMP
            """;

    @Test
    void parsesHeaderAndSections() {
        Scenario scenario = Scenario.parse("04-phone.scenario", GOOD);

        assertEquals("04-phone", scenario.name());
        assertEquals("Customer gains a phone number, a nullable column.", scenario.description());
        assertEquals("columns", scenario.kind());
        assertEquals(Map.of("Customer.java", "package scenario;\nclass Customer {}\n"), scenario.aFiles());
        assertEquals(List.of("Customer.java", "billing/Invoice.java", "hibernate.properties"), List.copyOf(scenario.bFiles().keySet()));
        assertEquals(List.of("Customer.java", "billing/Invoice.java"), List.copyOf(scenario.bJavaFiles().keySet()));
        assertEquals("TIMESTAMP", scenario.bProperties().getProperty("hibernate.type.preferred_instant_jdbc_type"));
        assertTrue(scenario.aProperties().isEmpty());
    }

    @Test
    void acceptsWindowsLineEndings() {
        Scenario scenario = Scenario.parse("04-phone.scenario", GOOD.replace("\n", "\r\n"));
        assertEquals("package scenario;\nclass Customer {}\n", scenario.aFiles().get("Customer.java"));
    }

    @Test
    void writesEachSideIntoAFolder(@TempDir Path dir) throws IOException {
        Scenario scenario = Scenario.parse("04-phone.scenario", GOOD);

        List<Path> a = scenario.writeA(dir.resolve("a"));
        List<Path> b = scenario.writeB(dir.resolve("b"));

        assertEquals(List.of(dir.resolve("a/Customer.java")), a);
        assertEquals(List.of(dir.resolve("b/Customer.java"), dir.resolve("b/billing/Invoice.java"), dir.resolve("b/hibernate.properties")), b);
        assertEquals("package scenario.billing;\nclass Invoice {}\n", Files.readString(dir.resolve("b/billing/Invoice.java")));
    }

    @Test
    void loadsOneScenarioByName() {
        Scenario scenario = Scenario.load("01-table-added");
        assertEquals("tables", scenario.kind());
        assertEquals(scenario, Scenario.load("01-table-added.scenario"));
    }

    @Test
    void errorsNameTheFileAndTheLine() {
        assertError("99-x.scenario:1: the file must start with a '# ...' line",
                "# kind: columns\n=== A/A.java\nclass A {}\n=== B/A.java\nclass A {}\n");
        assertError("99-x.scenario:2: missing '# kind: <kind>' line",
                "# what\n=== A/A.java\nclass A {}\n=== B/A.java\nclass A {}\n");
        assertError("99-x.scenario:2: unknown kind 'colums'",
                "# what\n# kind: colums\n=== A/A.java\nclass A {}\n");
        assertError("99-x.scenario:3: a second '# kind:' line (the first is on line 2)",
                "# what\n# kind: columns\n# kind: tables\n");
        assertError("99-x.scenario:3: before the first '=== A/...' section only '#' comment lines are allowed",
                "# what\n# kind: columns\npackage scenario;\n");
        assertError("99-x.scenario:5: a section header must read '=== A/<relative path>' or '=== B/<relative path>', found: === C/A.java",
                "# what\n# kind: columns\n=== A/A.java\nclass A {}\n=== C/A.java\nclass A {}\n");
        assertError("99-x.scenario:3: hand-built.sql belongs at the top of a side (A/hand-built.sql)",
                "# what\n# kind: columns\n=== A/db/hand-built.sql\nselect 1\n");
        assertError("99-x.scenario:3: a folder in a section path must be a Java package name",
                "# what\n# kind: columns\n=== A/../A.java\nclass A {}\n");
        assertError("99-x.scenario:3: a section holds a Java source file (Name.java), hibernate.properties or hand-built.sql: notes.txt",
                "# what\n# kind: columns\n=== A/notes.txt\nhello\n");
        assertError("99-x.scenario:5: file A/A.java appears twice",
                "# what\n# kind: columns\n=== A/A.java\nclass A {}\n=== A/A.java\nclass A {}\n");
        assertError("99-x.scenario:3: section A/A.java is empty",
                "# what\n# kind: columns\n=== A/A.java\n\n=== B/A.java\nclass A {}\n");
        assertError("99-x.scenario:4: no '=== B/<File>.java' section",
                "# what\n# kind: columns\n=== A/A.java\nclass A {}\n");
        assertError("99-x.scenario:2: no '=== A/<path>' or '=== B/<path>' section",
                "# what\n# kind: columns\n");
    }

    @Test
    void theFileNameIsTheScenarioName() {
        ScenarioFormatException error = assertThrows(ScenarioFormatException.class,
                () -> Scenario.parse("Table Added.scenario", GOOD));
        assertEquals("Table Added.scenario", error.fileName());
        assertEquals(0, error.line());
        assertTrue(error.getMessage().startsWith("Table Added.scenario: the file name must look like NN-short-name.scenario"), error.getMessage());
    }

    private static void assertError(String expectedStart, String text) {
        ScenarioFormatException error = assertThrows(ScenarioFormatException.class, () -> Scenario.parse("99-x.scenario", text));
        assertTrue(error.getMessage().startsWith(expectedStart), "expected a message starting with\n  " + expectedStart + "\nbut got\n  " + error.getMessage());
        assertEquals("99-x.scenario", error.fileName());
    }
}
