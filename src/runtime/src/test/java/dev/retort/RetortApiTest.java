package dev.retort;

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
}
