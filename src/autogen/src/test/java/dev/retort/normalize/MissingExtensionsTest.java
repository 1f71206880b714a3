package dev.retort.normalize;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MissingExtensionsTest {

    @Test
    void readsWhatIsMissingFromPostgresqlsMessages() {
        assertEquals(Optional.of(new MissingExtensions.Missing("type", "citext")),
                MissingExtensions.missing("ERROR: type \"citext\" does not exist\n  Position: 40"));
        assertEquals(Optional.of(new MissingExtensions.Missing("type", "extensions.ltree")),
                MissingExtensions.missing("ERROR: type \"extensions.ltree\" does not exist"));
        assertEquals(Optional.of(new MissingExtensions.Missing("function", "uuid_generate_v4")),
                MissingExtensions.missing("ERROR: function uuid_generate_v4() does not exist\n  Hint: No function"));
        assertEquals(Optional.of(new MissingExtensions.Missing("function", "similarity")),
                MissingExtensions.missing("ERROR: function similarity(text, unknown) does not exist"));
        assertEquals(Optional.of(new MissingExtensions.Missing("operator class", "gin_trgm_ops")),
                MissingExtensions.missing("ERROR: operator class \"gin_trgm_ops\" does not exist for access method \"gin\""));
        assertEquals(Optional.of(new MissingExtensions.Missing("access method", "hnsw")),
                MissingExtensions.missing("ERROR: access method \"hnsw\" does not exist"));
        assertEquals(Optional.empty(), MissingExtensions.missing("ERROR: column \"x\" does not exist"));
        assertEquals(Optional.empty(), MissingExtensions.missing(null));
    }

    @Test
    void anOperatorClassOfAMissingExtensionNamesIt() throws Exception {
        SchemaModel desired = new SchemaModel(List.of(Table.of("doc", List.of(Column.of("title", SqlType.of("text"))))),
                List.of(), List.of());
        DesiredSchemaRejectedException rejected = new DesiredSchemaRejectedException(
                "CREATE INDEX doc_title_trgm ON doc USING gin (title gin_trgm_ops)",
                "ERROR: operator class \"gin_trgm_ops\" does not exist for access method \"gin\"", "42704", null);
        try (TestDatabase db = TestDatabases.create("missing_opclass"); Connection c = db.connect()) {
            RuntimeException e = MissingExtensions.explain(rejected, desired, c).orElseThrow();
            RetortException r = (RetortException) e;
            assertEquals(ErrorKind.MISSING_EXTENSION, r.kind());
            assertEquals("pg_trgm", r.object());
            assertTrue(r.getMessage().startsWith("the entities use operator class gin_trgm_ops, which the PostgreSQL "
                    + "extension pg_trgm provides, and database " + db.name() + " does not have it installed."),
                    r.getMessage());
            assertTrue(r.getMessage().contains("CREATE EXTENSION IF NOT EXISTS pg_trgm;"), r.getMessage());
            assertTrue(r.getMessage().contains("statement: CREATE INDEX doc_title_trgm"), r.getMessage());

            db.execute("CREATE EXTENSION pg_trgm");
            assertEquals(Optional.empty(), MissingExtensions.explain(rejected, desired, c),
                    "installed and on the search path: PostgreSQL's own message stands");
        }
    }
}
