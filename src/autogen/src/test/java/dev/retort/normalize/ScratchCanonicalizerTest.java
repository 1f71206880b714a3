package dev.retort.normalize;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.model.SchemaModel;
import dev.retort.reflect.SchemaReader;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scratch round trip uses the session's temporary schema when that is empty (no fsync per index build),
 * and a schema of its own when the caller has temporary objects: the same canonical model either way, and the
 * caller's objects untouched.
 */
class ScratchCanonicalizerTest {
    private static final Path CACHE = Path.of("target/retort-cache/entities");

    private static SchemaModel shop() {
        return new EntityScanner().scan(ScanRequest.ofSources(Path.of("src/test/resources/entities/shop"))
                .withCacheDirectory(CACHE)).model();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void sameCanonicalModelInTheTemporarySchemaAndInAScratchSchemaOfItsOwn() throws Exception {
        SchemaModel scanned = shop();
        ScratchCanonicalizer scratch = new ScratchCanonicalizer(new PostgresDialect(), SchemaReader.postgres());
        try (TestDatabase db = TestDatabases.create("scratch_temp"); Connection c = db.connect()) {
            SchemaModel viaTemporary = scratch.canonicalize(scanned, c);
            assertEquals(0, count(c, "SELECT count(*) FROM pg_class WHERE relnamespace = pg_my_temp_schema()"),
                    "nothing temporary is left behind");

            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE customers (mine text)");
                s.execute("INSERT INTO customers VALUES ('kept')");
            }
            SchemaModel viaOwnSchema = scratch.canonicalize(scanned, c);
            assertEquals(viaTemporary, viaOwnSchema);
            assertTrue(viaOwnSchema.table("customers").isPresent());
            assertEquals(1, count(c, "SELECT count(*) FROM pg_temp.customers WHERE mine = 'kept'"),
                    "the caller's temporary table is untouched");
            assertEquals(1, count(c, "SELECT count(*) FROM pg_class WHERE relnamespace = pg_my_temp_schema() "
                    + "AND relkind = 'r'"));
            assertEquals(0, count(c, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'retort_scratch%'"));
        }
    }

    /**
     * {@code n} tables, each with a key, a unique column, an index, a check and a foreign key to the one before: about
     * {@code 2n} statements. {@code broken} (if at least 0) gets a check on a column it does not have.
     */
    private static SchemaModel chain(int n, int broken) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "part_" + i;
            List<ForeignKey> fks = i == 0 ? List.of() : List.of(new ForeignKey("fk_" + name + "_parent",
                    List.of("parent_id"), "part_" + (i - 1), List.of("id"), ReferentialAction.NO_ACTION, null));
            tables.add(new Table(name, List.of(
                    Column.of("id", SqlType.of("bigint")).withNullable(false),
                    Column.of("code", SqlType.withLength("varchar", 40)),
                    Column.of("parent_id", SqlType.of("bigint")),
                    Column.of("amount", SqlType.withPrecision("numeric", 12, 2)).withDefault("0")),
                    new PrimaryKey(name + "_pkey", List.of("id")),
                    List.of(new UniqueConstraint(name + "_code_key", List.of("code"))),
                    List.of(new CheckConstraint(name + "_amount_check", i == broken ? "missing > 0" : "amount >= 0")),
                    fks, List.of(Index.on("ix_" + name + "_parent", false, "parent_id")), null));
        }
        return new SchemaModel(tables, List.of(), List.of());
    }

    @Test
    void committingInChunksGivesTheSameModelAsOneRolledBackTransaction() throws Exception {
        SchemaModel scanned = chain(300, -1);
        ScratchCanonicalizer scratch = new ScratchCanonicalizer(new PostgresDialect(), SchemaReader.postgres());
        assertTrue(scratch.statements(scanned).size() > 2 * ScratchCanonicalizer.CHUNK, "spans several chunks");
        try (TestDatabase once = TestDatabases.create("scratch_commit"); Connection c = once.connect();
             TestDatabase other = TestDatabases.create("scratch_rollback"); Connection r = other.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO public");
            }
            SchemaModel committed = scratch.canonicalizeCommitting(scanned, c, sessions(once), "public", List.of("public"), List.of());
            SchemaModel rolledBack = scratch.canonicalizeIn(scanned, r, "public", List.of("public"), List.of());
            assertEquals(rolledBack, committed);
            assertEquals(300, committed.tables().size());
            assertEquals(300, count(c, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                    + "AND relkind = 'r'"), "the chunks were committed");
            assertEquals(0, count(r, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                    + "AND relkind = 'r'"), "the single transaction was rolled back");
            assertEquals("\"$user\", public", column(c, "SHOW search_path"), "the session's path is reset");
        }
    }

    @Test
    void aStatementRefusedInALaterChunkIsTheOneNamed() {
        SchemaModel scanned = chain(300, 250);
        ScratchCanonicalizer scratch = new ScratchCanonicalizer(new PostgresDialect(), SchemaReader.postgres());
        try (TestDatabase once = TestDatabases.create("scratch_refused")) {
            DesiredSchemaRejectedException e = assertThrows(DesiredSchemaRejectedException.class, () -> {
                try (Connection c = once.connect()) {
                    scratch.canonicalizeCommitting(scanned, c, sessions(once), "public", List.of("public"), List.of());
                }
            });
            assertTrue(e.statement().contains("CREATE TABLE part_250 "), e.statement());
            assertTrue(e.databaseMessage().contains("missing"), e.databaseMessage());
        }
    }

    @Test
    void theTablesAreMadeOnSeveralSessionsAndTheEarliestRefusalIsReported() throws Exception {
        ScratchCanonicalizer scratch = new ScratchCanonicalizer(new PostgresDialect(), SchemaReader.postgres());
        try (TestDatabase made = TestDatabases.create("scratch_sessions"); Connection c = made.connect()) {
            java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
            c.setAutoCommit(false);
            new CommittingRun(16, 3).run(c, () -> {
                opened.incrementAndGet();
                return sessions(made).get();
            }, "public", scratch.units(chain(120, -1), List.of()));
            c.commit();
            assertEquals(2, opened.get(), "two sessions besides the first");
            assertEquals(120, count(c, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                    + "AND relkind = 'r'"));
            assertEquals(119, count(c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"));
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            try (TestDatabase made = TestDatabases.create("scratch_refusals"); Connection c = made.connect()) {
                c.setAutoCommit(false);
                RoundTripStatements twoBroken = scratch.units(chain(120, 90), List.of());
                List<List<String>> tables = new ArrayList<>(twoBroken.tables());
                tables.set(20, scratch.units(chain(21, 20), List.of()).tables().get(20));
                DesiredSchemaRejectedException e = assertThrows(DesiredSchemaRejectedException.class,
                        () -> new CommittingRun(16, 3).run(c, sessions(made), "public",
                                new RoundTripStatements(twoBroken.before(), tables, twoBroken.after())));
                assertTrue(e.statement().contains("CREATE TABLE part_20 "), e.statement());
            }
        }
    }

    /** Sessions to {@code db}, as the scratch database opens them. */
    private static java.util.function.Supplier<Connection> sessions(TestDatabase db) {
        return () -> {
            try {
                return db.connect();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static String column(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
