package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code @Revision(transactional = false)} runs outside a transaction, as CREATE INDEX CONCURRENTLY needs. */
class NonTransactionalMigrationTest {

    @Test
    void concurrentIndexRunsAndIsRecorded() {
        try (CliProject p = new CliProject("non_tx")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER), column(\"email\", TEXT));", "op.dropTable(\"users\");"));
            p.write("M2", "import dev.retort.api.*;\nimport static dev.retort.api.Schema.*;\n\n"
                    + "@Revision(id = \"bbb222\", parents = \"aaa111\", transactional = false)\n"
                    + "public class M2 implements Migration {\n"
                    + "    public void upgrade(Operations op) { op.createIndexConcurrently(\"users\", index(\"ix_users_email\", \"email\")); }\n"
                    + "    public void downgrade(Operations op) { op.dropIndexConcurrently(\"users\", \"ix_users_email\"); }\n"
                    + "}\n");
            CliResult r = p.ok("upgrade");
            assertTrue(r.out().contains("bbb222"), r.toString());
            assertEquals(List.of("ix_users_email"), p.db.column("SELECT indexname FROM pg_indexes WHERE tablename = 'users'"));
            assertEquals(List.of("bbb222"), Catalog.heads(p.db));
            p.ok("downgrade", "-1");
            assertEquals(List.of(), p.db.column("SELECT indexname FROM pg_indexes WHERE tablename = 'users'"));
            assertEquals(List.of("aaa111"), Catalog.heads(p.db));
        }
    }
}
