package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code migrations.package}: {@code retort revision} writes new migrations in that package, and the folder,
 * which may still hold migrations of the default package, loads and upgrades as before.
 */
class MigrationsPackageTest {

    @Test
    void revisionWritesThePackageAndUpgradeRunsBothKinds() throws IOException {
        try (CliProject p = new CliProject("mig_package")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
            p.env.put("RETORT_MIGRATIONS_PACKAGE", "db.migrations");
            p.ok("revision", "-m", "Add email", "--rev-id", "bbb222");
            Path written;
            try (Stream<Path> files = Files.list(p.migrations())) {
                written = files.filter(f -> f.getFileName().toString().endsWith("_add_email.java")).findFirst()
                        .orElseThrow();
            }
            String source = Files.readString(written);
            assertTrue(source.startsWith("package db.migrations;\n\nimport dev.retort.api.Migration;\n"), source);
            Files.writeString(written, source.replace("import dev.retort.api.Revision;\n",
                    "import dev.retort.api.Revision;\n\nimport static dev.retort.api.Schema.*;\n")
                    .replace("public void upgrade(Operations op) {\n",
                    "public void upgrade(Operations op) {\n        op.addColumn(\"users\", column(\"email\", TEXT));\n"));
            p.ok("upgrade");
            assertEquals(List.of("bbb222"), Catalog.heads(p.db));
            assertEquals(List.of("email", "id"), p.db.column("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_name = 'users' ORDER BY column_name"));
        }
    }
}
