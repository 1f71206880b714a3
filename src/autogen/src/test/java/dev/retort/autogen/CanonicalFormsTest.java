package dev.retort.autogen;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.normalize.ScratchCanonicalizer;
import dev.retort.reflect.SchemaReader;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routes of {@link CanonicalForms} on real PostgreSQL: which tables go through a round trip after an edit, and
 * that every route gives what a full round trip gives. (The scenario suite compares both on every scenario.)
 */
class CanonicalFormsTest {
    private static final String WHERE = "test server";

    private static Table table(String name, String... extra) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", SqlType.of("bigint"), false, null, null, null, null));
        for (String c : extra) {
            columns.add(Column.of(c, SqlType.withLength("varchar", 40)));
        }
        return new Table(name, columns, new PrimaryKey(name + "_pkey", List.of("id")), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    private static Table child(String name, String parent) {
        Table t = table(name);
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(Column.of(parent + "_id", SqlType.of("bigint")));
        return new Table(name, columns, t.primaryKey(), List.of(), List.of(),
                List.of(new ForeignKey("fk_" + name + "_" + parent, List.of(parent + "_id"), parent, List.of("id"),
                        null, null)), List.of(), null);
    }

    private static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of(tables), List.of(), List.of());
    }

    @Test
    void aReferencedTableGoesIntoAPartialRoundTripAsItsKeysOnly() {
        Table parent = table("parent", "name", "code");
        Table withUnique = new Table("parent", parent.columns(), parent.primaryKey(),
                List.of(new dev.retort.model.UniqueConstraint("parent_code_key", List.of("code")),
                        new dev.retort.model.UniqueConstraint("parent_name_key", List.of("name"))),
                List.of(), List.of(), List.of(), "a comment");
        Table target = CanonicalForms.asTarget(withUnique, java.util.Set.of("code"));
        assertEquals(List.of("id", "code"), target.columns().stream().map(Column::name).toList());
        assertEquals(parent.primaryKey(), target.primaryKey());
        assertEquals(List.of("parent_code_key"), target.uniques().stream().map(u -> u.name()).toList());
        assertEquals(null, target.comment());
        SchemaModel part = CanonicalForms.partial(model(withUnique, child("kid", "parent")),
                List.of(child("kid", "parent")));
        assertEquals(List.of("kid", "parent"), part.tables().stream().map(Table::name).toList());
        assertEquals(List.of("id"), part.tables().get(1).columns().stream().map(Column::name).toList(),
                "the key the foreign key references, nothing more");
        Table generated = new Table("parent", List.of(new Column("id", SqlType.of("bigint"), false, null, null,
                "(other + 1)", null), Column.of("other", SqlType.of("bigint"))), parent.primaryKey(), List.of(),
                List.of(), List.of(), List.of(), null);
        assertEquals(generated, CanonicalForms.asTarget(generated, java.util.Set.of("id")),
                "a generated key column may name the other columns: the whole table");
    }

    @Test
    void onlyTheEditedTablesAndThoseReferencingThemGoThroughARoundTrip(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.create("canonical_forms"); Connection c = db.connect()) {
            AtomicInteger roundTrips = new AtomicInteger();
            ScratchCanonicalizer canonicalizer = new ScratchCanonicalizer(new PostgresDialect(), SchemaReader.postgres());
            UnaryOperator<SchemaModel> roundTrip = m -> {
                roundTrips.incrementAndGet();
                return canonicalizer.canonicalize(m, c);
            };
            CanonicalForms forms = new CanonicalForms(new ModelCache(dir));
            SchemaModel a = model(table("parent"), child("kid", "parent"), table("o1", "x"), table("o2", "x"),
                    table("o3"), table("o4"));

            CanonicalForms.Result first = forms.canonical(a, WHERE, roundTrip);
            assertEquals(CanonicalForms.Route.FULL_ROUND_TRIP, first.route());
            assertEquals(canonicalizer.canonicalize(a, c), first.canonical());
            assertEquals(CanonicalForms.Route.WHOLE_CACHED, forms.canonical(a, WHERE, roundTrip).route());

            // parent gains a column: parent, and kid (whose foreign key references it), are made again
            SchemaModel edited = model(table("parent", "name"), child("kid", "parent"), table("o1", "x"),
                    table("o2", "x"), table("o3"), table("o4"));
            int before = roundTrips.get();
            CanonicalForms.Result partial = forms.canonical(edited, WHERE, roundTrip);
            assertEquals(CanonicalForms.Route.PARTIAL_ROUND_TRIP, partial.route());
            assertEquals(2, partial.roundTripTables());
            assertEquals(before + 1, roundTrips.get());
            assertEquals(canonicalizer.canonicalize(edited, c), partial.canonical());

            // kid alone changes: it goes through with parent as its target, parent's form still from the cache
            SchemaModel kidEdited = model(table("parent", "name"), child("kid", "parent").withColumns(List.of(
                    new Column("id", SqlType.of("bigint"), false, null, null, null, null),
                    Column.of("parent_id", SqlType.of("bigint")), Column.of("note", SqlType.of("text")))),
                    table("o1", "x"), table("o2", "x"), table("o3"), table("o4"));
            CanonicalForms.Result kid = forms.canonical(kidEdited, WHERE, roundTrip);
            assertEquals(CanonicalForms.Route.PARTIAL_ROUND_TRIP, kid.route());
            assertEquals(2, kid.roundTripTables());
            assertEquals(canonicalizer.canonicalize(kidEdited, c), kid.canonical());

            // a table dropped: every other table's form is known, no round trip at all
            SchemaModel dropped = model(table("parent", "name"), child("kid", "parent"), table("o1", "x"),
                    table("o2", "x"), table("o3"));
            before = roundTrips.get();
            CanonicalForms.Result cached = forms.canonical(dropped, WHERE, roundTrip);
            assertEquals(CanonicalForms.Route.TABLES_CACHED, cached.route());
            assertEquals(before, roundTrips.get());
            assertEquals(canonicalizer.canonicalize(dropped, c), cached.canonical());

            // most tables new: one full round trip
            SchemaModel most = model(table("parent", "a"), child("kid", "parent"), table("o1", "y"),
                    table("o2", "y"), table("o3", "y"), table("o4"));
            assertEquals(CanonicalForms.Route.FULL_ROUND_TRIP, forms.canonical(most, WHERE, roundTrip).route());
        }
    }

    /**
     * {@code a_b.c serial} and {@code a.b_c serial} both want the sequence {@code a_b_c_seq}; made together, the
     * second gets {@code a_b_c_seq1}. Their forms made apart cannot be merged: a full round trip names them.
     */
    @Test
    void namesPostgresqlMakesUpThatClashAreMadeInOneRoundTrip(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabases.create("canonical_clash"); Connection c = db.connect()) {
            ScratchCanonicalizer canonicalizer = new ScratchCanonicalizer(new PostgresDialect(), SchemaReader.postgres());
            UnaryOperator<SchemaModel> roundTrip = m -> canonicalizer.canonicalize(m, c);
            CanonicalForms forms = new CanonicalForms(new ModelCache(dir)).withPartialUpTo(1);
            Table ab = Table.of("a_b", List.of(new Column("c", SqlType.of("serial"), false, null, null, null, null)));
            Table a = Table.of("a", List.of(new Column("b_c", SqlType.of("serial"), false, null, null, null, null)));
            Table z = table("z");
            forms.canonical(model(ab, z), WHERE, roundTrip);
            forms.canonical(model(a, z), WHERE, roundTrip);

            SchemaModel both = model(ab, a, z);
            CanonicalForms.Result result = forms.canonical(both, WHERE, roundTrip);
            SchemaModel full = canonicalizer.canonicalize(both, c);
            assertEquals(CanonicalForms.Route.FULL_ROUND_TRIP, result.route());
            assertEquals(full, result.canonical());
            assertTrue(full.tables().stream().flatMap(t -> t.columns().stream())
                    .anyMatch(col -> col.ownedSequence() != null && col.ownedSequence().name().equals("a_b_c_seq1")),
                    full.toString());
        }
    }
}
