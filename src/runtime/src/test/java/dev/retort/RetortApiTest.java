package dev.retort;

import db.migrations.M1_accounts;
import db.migrations.M2_accounts_email;
import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.runtime.StepResult;
import dev.retort.runtime.load.Checksums;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Migrating at application start-up with compiled migrations from the classpath. */
class RetortApiTest {

    private static PGSimpleDataSource dataSource(TestDatabase db) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        return ds;
    }

    @Test
    void upgradeFromDefaultPackageThenNothingToDo() throws Exception {
        try (TestDatabase db = TestDatabases.create("api")) {
            List<StepResult> steps = Retort.upgrade(dataSource(db), "heads");
            assertEquals(List.of("cp0001", "cp0002"), steps.stream().map(StepResult::revision).toList());
            assertEquals(List.of("id", "name", "email"), db.column("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_name = 'accounts' ORDER BY ordinal_position"));
            byte[] classBytes;
            try (InputStream in = RetortApiTest.class.getResourceAsStream("/db/migrations/M1_accounts.class")) {
                classBytes = in.readAllBytes();
            }
            assertEquals(List.of(Checksums.CLASS_PREFIX + Checksums.sha256(classBytes)),
                    db.column("SELECT checksum FROM retort_version WHERE revision = 'cp0001'"));
            assertEquals(List.of(), Retort.upgrade(dataSource(db), "heads"));
        }
    }

    @Test
    void builderWithPackageSchemaTableAndListener() {
        try (TestDatabase db = TestDatabases.create("api_builder")) {
            List<String> seen = new ArrayList<>();
            Retort retort = Retort.builder(dataSource(db)).packageName("db.migrations").schema("app")
                    .versionTable("schema_history").listener(r -> seen.add(r.revision())).build();
            retort.upgrade("cp0001");
            assertEquals(List.of("cp0001"), seen);
            assertEquals(List.of("accounts", "schema_history"), db.column("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'app' ORDER BY table_name"));
            retort.downgrade("base");
            assertEquals(List.of("schema_history"), db.column("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'app' ORDER BY table_name"));
        }
    }

    @Test
    void explicitClassesRecordTheSameChecksumsAsThePackage() {
        try (TestDatabase db = TestDatabases.create("api_classes")) {
            List<StepResult> steps = Retort.builder(dataSource(db)).migrations(M2_accounts_email.class, M1_accounts.class)
                    .build().upgrade("heads");
            assertEquals(List.of("cp0001", "cp0002"), steps.stream().map(StepResult::revision).toList(),
                    "the graph orders them, not the argument list");
            assertEquals(List.of(), Retort.upgrade(dataSource(db), "heads"),
                    "the package finds the same classes with the same checksums: nothing to do");
            assertEquals(List.of("cp0002"), Retort.builder(dataSource(db)).migrations(List.of(M1_accounts.class,
                    M2_accounts_email.class)).build().downgrade("cp0001").stream().map(StepResult::revision).toList());
        }
    }

    /** Implements Migration but lacks @Revision. */
    public static class Unannotated implements Migration {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    }

    /** Annotated but abstract. */
    @Revision(id = "abstract1")
    public abstract static class AbstractOne implements Migration {
    }

    @Test
    void explicitClassesAreCheckedWhenGiven() {
        Retort.Builder builder = Retort.builder(new PGSimpleDataSource());
        RetortException e = assertThrows(RetortException.class, () -> builder.migrations(M1_accounts.class, Unannotated.class));
        assertEquals(ErrorKind.MIGRATION_SOURCE, e.kind());
        assertEquals("class dev.retort.RetortApiTest$Unannotated, given as a migration, lacks the "
                + "@Revision(id = ..., parents = ...) annotation", e.getMessage());
        e = assertThrows(RetortException.class, () -> builder.migrations(List.of(AbstractOne.class)));
        assertTrue(e.getMessage().contains("RetortApiTest$AbstractOne, given as a migration, is abstract"), e.getMessage());
        assertThrows(NullPointerException.class, () -> builder.migrations(M1_accounts.class, null));
    }

    @Test
    void explicitClassesWithAPackageOrAFolderAreRefused() {
        RetortException e = assertThrows(RetortException.class, () -> Retort.builder(new PGSimpleDataSource())
                .packageName("db.migrations").migrations(M1_accounts.class).build());
        assertEquals(ErrorKind.CONFIG, e.kind());
        assertTrue(e.getMessage().contains("drop packageName(...)"), e.getMessage());
        e = assertThrows(RetortException.class, () -> Retort.builder(new PGSimpleDataSource())
                .migrations(M1_accounts.class).migrationsDir(java.nio.file.Path.of("migrations")).build());
        assertTrue(e.getMessage().contains("drop migrationsDir(...)"), e.getMessage());
    }
}
