package dev.retort.runtime.load;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migrations compile against dev.retort.api and the JDK alone: Retort's other classes sit in the same classes
 * folder (or jar) as the API, and are still not visible to them.
 */
class MigrationClasspathTest {
    @TempDir
    Path dir;

    private Path migration(String imports, String body) throws Exception {
        Path f = dir.resolve("migrations/M1.java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "import dev.retort.api.*;\n" + imports
                + "@Revision(id = \"m1\", parents = {}, message = \"m\")\n"
                + "public class M1 implements Migration {\n" + body
                + "  public void upgrade(Operations op) { }\n  public void downgrade(Operations op) { }\n}\n");
        return f;
    }

    private RetortException failure() {
        RetortException e = assertThrows(RetortException.class,
                () -> new FolderLoader(dir.resolve("migrations"), dir.resolve("cache"), dir).load());
        assertEquals(ErrorKind.MIGRATION_SOURCE, e.kind());
        return e;
    }

    @Test
    void anImportOfRetortsModelIsRefusedByFileLineAndImport() throws Exception {
        Path f = migration("import dev.retort.model.Column;\n", "  Column unused;\n");
        RetortException e = failure();
        assertEquals(f, e.file());
        assertTrue(e.getMessage().contains(f + ":2: error: import dev.retort.model.Column: migrations compile "
                + "against dev.retort.api and the JDK alone"), e.getMessage());
        assertFalse(e.getMessage().contains("cannot find symbol"), "the errors that follow from it are left out: "
                + e.getMessage());
        try (var left = Files.list(dir.resolve("cache"))) {
            assertEquals(0, left.count(), "no cache entry for sources that do not compile");
        }
    }

    @Test
    void anInternalTypeWithAnApiNamesakeIsToldTheApiImport() throws Exception {
        migration("import static dev.retort.model.ReferentialAction.*;\n", "");
        RetortException e = failure();
        assertTrue(e.getMessage().contains(":2: error: import static dev.retort.model.ReferentialAction.*: "
                + "migrations compile against dev.retort.api and the JDK alone"), e.getMessage());
        assertTrue(e.getMessage().contains("use import static dev.retort.api.ReferentialAction.* instead"), e.getMessage());
    }

    @Test
    void anImportOfALibraryIsRefused() throws Exception {
        Path f = migration("import java.util.List;\nimport org.hibernate.Session;\n", "");
        RetortException e = failure();
        assertTrue(e.getMessage().contains(f + ":3: error: import org.hibernate.Session: migrations compile "
                + "against dev.retort.api and the JDK alone"), e.getMessage());
        assertTrue(e.getMessage().contains("remove the import"), e.getMessage());
    }

    @Test
    void aClassOfRetortOutsideTheApiIsRefusedToo() throws Exception {
        migration("import dev.retort.Retort;\n", "");
        assertTrue(failure().getMessage().contains(":2: error: import dev.retort.Retort: migrations compile "
                + "against dev.retort.api and the JDK alone"));
    }

    @Test
    void aFullyQualifiedLibraryNameGetsTheRuleBesideJavacsMessage() throws Exception {
        migration("", "  org.hibernate.Session unused;\n");
        String message = failure().getMessage();
        assertTrue(message.contains(":4: error: package org.hibernate does not exist"), message);
        assertTrue(message.contains("(migrations compile against dev.retort.api and the JDK alone)"), message);
    }

    @Test
    void aMistypedJdkImportIsAnOrdinaryCompileError() throws Exception {
        migration("import java.util.Lisst;\n", "");
        String message = failure().getMessage();
        assertTrue(message.contains(":2: error: cannot find symbol"), message);
        assertFalse(message.contains("the JDK alone"), message);
    }

    @Test
    void theJdkIsAvailable() throws Exception {
        migration("import java.sql.Connection;\nimport javax.sql.DataSource;\nimport java.util.List;\n",
                "  Connection c; DataSource d; List<String> l = List.of(java.time.LocalDate.now().toString());\n");
        List<LoadedMigration> loaded = new FolderLoader(dir.resolve("migrations"), dir.resolve("cache"), dir).load();
        assertEquals(List.of("m1"), loaded.stream().map(LoadedMigration::id).toList());
    }
}
