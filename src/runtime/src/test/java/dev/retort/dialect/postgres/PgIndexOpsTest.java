package dev.retort.dialect.postgres;

import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.dialect.postgres.RoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PgIndexOpsTest {
    TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabases.create("pg_index_ops");
        db.execute("""
                CREATE TABLE "user" (id integer, email text, "Name" text, deleted_at timestamptz, tags jsonb);
                CREATE INDEX ix_user_id ON "user" (id);
                """);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void uniquePartialIndexWithExpressionDescAndInclude() {
        Index index = new Index("UX_User_Email",
                List.of(new IndexKey(null, "lower(email)", false), IndexKey.columnDesc("Name")), true,
                "deleted_at IS NULL", List.of("id"), null);
        assertRoundTrip(db, new CreateIndex("user", index, false), d -> {
            assertEquals(List.of("CREATE INDEX ix_user_id ON public.\"user\" USING btree (id)",
                    "CREATE UNIQUE INDEX \"UX_User_Email\" ON public.\"user\" USING btree (lower(email), \"Name\" DESC)"
                            + " INCLUDE (id) WHERE (deleted_at IS NULL)"), Catalog.indexDefs(d, "user"));
            d.execute("INSERT INTO \"user\" (email, \"Name\", deleted_at) VALUES ('A', 'n', now()), ('a', 'n', now())");
            d.execute("INSERT INTO \"user\" (email, \"Name\") VALUES ('A', 'n')");
            var e = assertThrows(IllegalStateException.class,
                    () -> d.execute("INSERT INTO \"user\" (email, \"Name\") VALUES ('a', 'n')"));
            assertTrue(e.getMessage().contains("UX_User_Email"), e.getMessage());
            d.execute("DELETE FROM \"user\"");
        });
    }

    @Test
    void concurrentGinIndex() {
        Index index = new Index("ix_user_tags", List.of(IndexKey.column("tags")), false, null, List.of(), "gin");
        assertRoundTrip(db, new CreateIndex("user", index, true), d -> assertEquals(
                "CREATE INDEX ix_user_tags ON public.\"user\" USING gin (tags)", Catalog.indexDefs(d, "user").get(1)));
    }

    @Test
    void dropIndexIsUndoneByItsRecordedDefinition() {
        Index index = Index.on("ix_user_id", false, "id");
        assertRoundTrip(db, new DropIndex("user", "ix_user_id", index, false),
                d -> assertEquals(List.of(), Catalog.indexDefs(d, "user")));
        assertRoundTrip(db, new DropIndex("user", "ix_user_id", index, true),
                d -> assertEquals(List.of(), Catalog.indexDefs(d, "user")));
    }
}
