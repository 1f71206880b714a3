package dev.retort.scenario;

import dev.retort.autogen.CanonicalForms;
import dev.retort.autogen.ModelCache;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.io.Trees;
import dev.retort.model.SchemaModel;
import dev.retort.normalize.ScratchCanonicalizer;
import dev.retort.reflect.ReflectOptions;
import dev.retort.reflect.SchemaReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The table-by-table canonical form ({@link CanonicalForms}) against a full round trip: with the forms of one
 * side's tables cached, the other side's form, made from the cache and a round trip of its new tables only, must
 * equal the full round trip of that side.
 */
final class IncrementalCanonicalCheck {
    private static final String WHERE = "scenario server";

    private IncrementalCanonicalCheck() {
    }

    /** Both ways: A's forms cached, then B; B's forms cached, then A. Returns how B was made from A's forms. */
    static CanonicalForms.Route check(Connection c, SchemaModel scannedA, SchemaModel scannedB, String name)
            throws IOException {
        SchemaModel a = scannedA.relativeTo(ReflectOptions.DEFAULT_SCHEMA);
        SchemaModel b = scannedB.relativeTo(ReflectOptions.DEFAULT_SCHEMA);
        ScratchCanonicalizer canonicalizer = new ScratchCanonicalizer(new PostgresDialect(), SchemaReader.postgres());
        UnaryOperator<SchemaModel> roundTrip = m -> canonicalizer.canonicalize(m, c);
        SchemaModel fullA = roundTrip.apply(a);
        SchemaModel fullB = roundTrip.apply(b);
        CanonicalForms.Route route = after(a, fullA, b, fullB, roundTrip, name + " (A's forms cached, then B)");
        after(b, fullB, a, fullA, roundTrip, name + " (B's forms cached, then A)");
        return route;
    }

    private static CanonicalForms.Route after(SchemaModel first, SchemaModel fullFirst, SchemaModel second,
                                              SchemaModel fullSecond, UnaryOperator<SchemaModel> roundTrip,
                                              String what) throws IOException {
        Path dir = Files.createTempDirectory("retort-canonical-forms-");
        try {
            CanonicalForms forms = new CanonicalForms(new ModelCache(dir)).withPartialUpTo(1);
            assertEquals(fullFirst, forms.canonical(first, WHERE, roundTrip).canonical(), what + ": first side");
            CanonicalForms.Result result = forms.canonical(second, WHERE, roundTrip);
            assertEquals(fullSecond, result.canonical(), what + ": made by " + result.route()
                    + " from a round trip of " + result.roundTripTables() + " tables, not as a full round trip makes it");
            return result.route();
        } finally {
            Trees.deleteQuietly(dir);
        }
    }
}
