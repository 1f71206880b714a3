package dev.retort.normalize;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.model.SchemaModel;
import dev.retort.reflect.SchemaReader;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
