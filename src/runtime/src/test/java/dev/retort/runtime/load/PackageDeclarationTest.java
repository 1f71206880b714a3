package dev.retort.runtime.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The package of a migration source, in a short source and in a long one (read from its head first). */
class PackageDeclarationTest {
    private static final String BODY = "public class M { void upgrade() { /* op */ } }\n";

    private static String longTail() {
        return ("// " + "x".repeat(100) + "\n").repeat(200) + BODY;
    }

    @Test
    void isReadAfterCommentsAndAnnotations() {
        assertEquals("db.migrations", PackageDeclaration.of("/* licence */\n// note\npackage db . migrations ;\n" + BODY));
        assertEquals("a.b", PackageDeclaration.of("@Deprecated\npackage a.b;\n" + BODY));
        assertEquals("", PackageDeclaration.of(BODY));
        assertEquals("", PackageDeclaration.of("// package a.b;\n" + BODY), "a commented-out declaration");
    }

    @Test
    void aLongSourceGivesWhatItsWholeTextGives() {
        assertEquals("db.migrations", PackageDeclaration.of("package db.migrations;\n" + longTail()));
        assertEquals("", PackageDeclaration.of(longTail()), "the default package");
        String longComment = "/*" + "c".repeat(20_000) + "*/\npackage late.pkg;\n" + BODY;
        assertEquals("late.pkg", PackageDeclaration.of(longComment), "a comment longer than the head");
        String openInHead = "/* " + "y".repeat(8180) + " package wrong; */ package right;\n" + BODY;
        assertEquals("right", PackageDeclaration.of(openInHead), "a comment that the head cuts");
        assertEquals("", PackageDeclaration.of("import java.util.List;\n" + longTail() + "\npackage late;\n"),
                "a declaration after the first token is none");
        assertEquals("a.b", PackageDeclaration.of("@Ann(\"x;y\")\npackage a.b;\n" + BODY), "a ';' in an annotation");
        assertEquals("a.b", PackageDeclaration.of("package /* ; */ a.b;\n" + BODY), "a ';' in a comment");
        assertEquals("", PackageDeclaration.of("packaged.Foo x;\n"), "a word that starts with 'package'");
        assertEquals("", PackageDeclaration.of("/* never closed\npackage a.b;\n"), "an unclosed comment");
    }
}
