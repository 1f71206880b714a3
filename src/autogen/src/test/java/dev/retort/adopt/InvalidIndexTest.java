package dev.retort.adopt;

import dev.retort.api.Migration;
import dev.retort.autogen.Comparison;
import dev.retort.model.Index;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import dev.retort.reflect.ReflectOptions;
import dev.retort.reflect.SchemaReader;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static dev.retort.adopt.HandBuiltDatabase.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An index left invalid by a failed {@code CREATE INDEX CONCURRENTLY} is not there for PostgreSQL (never used
 * by a query, never enforcing anything): both readers see it as invalid, and autogenerate drops it and
 * creates it again.
 */
class InvalidIndexTest {

    static final Map<String, String> ENTITIES = Map.of("Item.java", """
            package invalid;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "item", indexes = @Index(name = "ix_item_note", columnList = "note"))
            public class Item {
                @Id Long id;
                @Column(length = 40000) String note;
            }
            """);

    /** A btree entry holds at most 2704 bytes: a 32000-character row of md5 hex makes the build fail. */
    private static void buildInvalidIndex(TestDatabase db) {
        db.execute("create table item (id bigint not null, note varchar(40000), constraint item_pkey primary key (id))");
        db.execute("insert into item select i, 'note ' || i from generate_series(1, 50) i");
        db.execute("insert into item values (999, (select string_agg(md5(i::text), '') from generate_series(1, 1000) i))");
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> db.execute("create index concurrently ix_item_note on item (note)"));
        assertTrue(failed.getMessage().contains("index row"), failed.getMessage());
        db.execute("delete from item where id = 999");
        assertEquals(List.of("false"), db.column(
                "select indisvalid::text from pg_index where indexrelid = 'ix_item_note'::regclass"));
    }

    @Test
    void bothReadersSeeTheIndexAsInvalid() throws Exception {
        try (TestDatabase db = TestDatabases.create("names_invalid_read")) {
            buildInvalidIndex(db);
            try (Connection c = db.connect()) {
                SchemaModel fast = SchemaReader.postgres().read(c, ReflectOptions.defaults());
                Index ix = fast.table("item").orElseThrow().index("ix_item_note").orElseThrow();
                assertFalse(ix.valid());
                for (dev.retort.reflect.ScRetrieval r : dev.retort.reflect.ScRetrieval.values()) {
                    assertEquals(fast, new dev.retort.reflect.SchemaCrawlerReader(r).read(c, ReflectOptions.defaults()),
                            "SchemaCrawler (" + r + ") and the catalog reader agree");
                }
            }
        }
    }

    @Test
    void autogenerateRebuildsTheInvalidIndex() throws Exception {
        SchemaModel entities = scan(ENTITIES);
        try (TestDatabase db = TestDatabases.create("names_invalid"); Connection c = db.connect()) {
            buildInvalidIndex(db);
            Comparison cmp = AUTO.compare(c, entities);
            Index wanted = Index.on("ix_item_note", false, "note");
            assertEquals(List.of(new DropIndex("item", "ix_item_note", wanted.withValid(false), false),
                    new CreateIndex("item", wanted, false)), cmp.upgrade());
            assertTrue(cmp.upgrade().get(0).describe().contains("invalid"), cmp.upgrade().get(0).describe());

            Migration m = compile("rebuild invalid index", cmp);
            run(c, m::upgrade);
            assertEquals(List.of("true"), db.column(
                    "select indisvalid::text from pg_index where indexrelid = 'ix_item_note'::regclass"));
            assertEquals(List.of(), AUTO.compare(c, entities).upgrade(), "a second autogenerate is empty");
            assertEquals(List.of("50"), db.column("select count(*) from item"));
            SchemaModel after = live(c);

            // the downgrade drops the index and creates it as it was defined: valid, as no statement can do otherwise
            run(c, m::downgrade);
            Table item = live(c).table("item").orElseThrow();
            assertEquals(List.of(wanted), item.indexes());
            assertEquals(List.of("50"), db.column("select count(*) from item"));
            run(c, m::upgrade);
            assertEquals(after, live(c));
        }
    }
}
