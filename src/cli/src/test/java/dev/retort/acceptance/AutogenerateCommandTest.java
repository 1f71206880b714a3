package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code revision --autogenerate} and its aliases, end to end through the CLI on real PostgreSQL. */
class AutogenerateCommandTest {

    @Test
    void autogenerateWritesAMigrationThatConvergesThenDetectsNothing() throws Exception {
        try (CliProject p = new CliProject("autogen_cli")) {
            Entities.configure(p);
            Entities.customer(p, "");
            CliResult first = p.ok("revision", "--autogenerate", "-m", "Create customer");
            assertTrue(first.out().contains("detected create table customer"), first.toString());
            assertEquals(1, migrationFiles(p).size());
            String source = Files.readString(migrationFiles(p).get(0));
            assertTrue(source.contains("op.createTable(\"customer\""), source);
            assertTrue(source.contains("column(\"name\", varchar(120)).notNull()"), source);
            assertTrue(source.contains("op.dropTable(\"customer\")"), source);

            p.ok("upgrade");
            assertEquals(List.of("id", "name"), Catalog.columns(p.db, "customer"));

            CliResult nothing = p.ok("revision", "--autogenerate", "-m", "Nothing");
            assertEquals("No changes detected", nothing.out().strip());
            assertEquals(1, migrationFiles(p).size(), "no file is written when nothing changed");

            Entities.customer(p, """
                    @Column(name = "phone_verified", nullable = false)
                    @org.hibernate.annotations.ColumnDefault("false")
                    boolean phoneVerified;
                    """);
            CliResult edit = p.ok("migrate", "-m", "Add phone_verified to customer");
            assertTrue(edit.out().contains("detected add column customer.phone_verified boolean"), edit.toString());
            p.ok("upgrade");
            assertEquals(List.of("id", "name", "phone_verified"), Catalog.columns(p.db, "customer"));
            assertEquals("No changes detected", p.ok("create", "Again").out().strip());

            p.ok("downgrade", "-1");
            assertEquals(List.of("id", "name"), Catalog.columns(p.db, "customer"));
        }
    }

    @Test
    void autogenerateIsRefusedWhenTheDatabaseIsNotAtHead() throws Exception {
        try (CliProject p = new CliProject("autogen_behind")) {
            Entities.configure(p);
            Entities.customer(p, "");
            p.ok("revision", "--autogenerate", "-m", "Create customer");
            CliResult refused = p.run("revision", "--autogenerate", "-m", "Too early");
            assertEquals(14, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("not at head") && refused.err().contains("retort upgrade heads"),
                    refused.toString());
            assertEquals(1, migrationFiles(p).size());
            assertEquals(List.of(), Catalog.tables(p.db), "the database is untouched");
        }
    }

    @Test
    void autogenerateIsRefusedWithSeveralHeads() throws Exception {
        try (CliProject p = new CliProject("autogen_heads")) {
            Entities.configure(p);
            Entities.customer(p, "");
            Entities.twoHeads(p);
            CliResult refused = p.run("revision", "--autogenerate", "-m", "Which head?");
            // 'revision' needs one parent: the graph refuses before anything is compared (exit 7, TARGET)
            assertEquals(7, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("left1, right1") && refused.err().contains("merge"), refused.toString());
        }
    }

    @Test
    void createWithoutAutogenerateWritesAnEmptyMigration() throws Exception {
        try (CliProject p = new CliProject("autogen_empty")) {
            Entities.configure(p);
            Entities.customer(p, "");
            p.ok("create", "Seed data", "--no-autogenerate");
            String source = Files.readString(migrationFiles(p).get(0));
            assertTrue(!source.contains("op.createTable"), source);
        }
    }

    @Test
    void entitiesThatDoNotCompileAreReportedWithFileAndLine() throws Exception {
        try (CliProject p = new CliProject("autogen_broken")) {
            Entities.configure(p);
            Entities.customer(p, "    int broken = ;");
            CliResult r = p.run("revision", "--autogenerate", "-m", "Broken");
            assertEquals(12, r.exitCode(), r.toString());
            assertTrue(r.err().contains("Customer.java:") , r.toString());
            assertEquals(List.of(), migrationFiles(p));
        }
    }

    @Test
    void aMappingPostgresqlRefusesIsReportedBeforeAnyMigrationIsWritten() throws Exception {
        try (CliProject p = new CliProject("autogen_refused")) {
            Entities.configure(p);
            Entities.write(p.dir.resolve("entities/app/Customer.java"), """
                    package app;

                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "customer")
                    @org.hibernate.annotations.Check(name = "ck_customer_age", constraints = "agee >= 0")
                    public class Customer {
                        @Id Long id;
                        int age;
                    }
                    """);
            String before = Catalog.snapshot(p.db);
            CliResult r = p.run("revision", "--autogenerate", "-m", "Bad check");
            assertEquals(12, r.exitCode(), r.toString());
            assertTrue(r.err().contains("agee") && r.err().contains("ck_customer_age"), r.toString());
            assertEquals(List.of(), migrationFiles(p));
            assertEquals(before, Catalog.snapshot(p.db), "the database is untouched");
        }
    }

    @Test
    void excludedTablesAreNeverProposedForDropping() throws Exception {
        try (CliProject p = new CliProject("autogen_exclude")) {
            Entities.configure(p);
            Entities.customer(p, "");
            p.db.execute("create table spring_session (id varchar(36) primary key); create table shedlock (name text)");
            CliResult all = p.run("check");
            assertEquals(1, all.exitCode(), all.toString());
            assertTrue(all.out().contains("drop table spring_session") && all.out().contains("drop table shedlock"),
                    all.out());

            Entities.write(p.dir.resolve("retort.properties"),
                    "entities.sources=entities\nentities.exclude-tables=spring_session*, shedlock\n");
            CliResult r = p.ok("revision", "--autogenerate", "-m", "Create customer");
            assertTrue(!r.out().contains("spring_session") && !r.out().contains("shedlock"), r.toString());
            String source = Files.readString(migrationFiles(p).get(0));
            assertTrue(source.contains("op.createTable(\"customer\"") && !source.contains("spring_session"), source);
        }
    }

    static List<Path> migrationFiles(CliProject p) throws Exception {
        if (!Files.isDirectory(p.migrations())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(p.migrations())) {
            return s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
