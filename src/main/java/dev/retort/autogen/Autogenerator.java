package dev.retort.autogen;

import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiff;
import dev.retort.dialect.Dialect;
import dev.retort.model.SchemaModel;
import dev.retort.normalize.LiveSchemaNormalizer;
import dev.retort.normalize.ScratchCanonicalizer;
import dev.retort.reflect.ReflectOptions;
import dev.retort.reflect.SchemaReader;
import dev.retort.reflect.TableFilter;

import dev.retort.ops.MigrationOp;

import java.sql.Connection;
import java.util.List;

/**
 * The engine shared by {@code revision --autogenerate} and {@code check}: canonicalize the scanned model,
 * read and normalize the live schema, and diff the two. It leaves the database as it found it.
 */
public final class Autogenerator {
    private final Dialect dialect;
    private final SchemaReader reader;
    private final ReflectOptions reflectOptions;
    private final DiffOptions diffOptions;

    public Autogenerator(Dialect dialect, SchemaReader reader, ReflectOptions reflectOptions, DiffOptions diffOptions) {
        this.dialect = dialect;
        this.reader = reader;
        this.reflectOptions = reflectOptions;
        this.diffOptions = diffOptions;
    }

    public static Autogenerator postgres(ReflectOptions reflectOptions) {
        TableFilter filter = reflectOptions.tableFilter();
        return new Autogenerator(new dev.retort.dialect.postgres.PostgresDialect(), SchemaReader.postgres(),
                reflectOptions, DiffOptions.defaults().withIncludeTable(filter::accepts));
    }

    /** Compares the entities' model (as scanned) with the schema behind {@code connection}. */
    public Comparison compare(Connection connection, SchemaModel scanned) {
        SchemaModel desired = new ScratchCanonicalizer(dialect, reader).canonicalize(scanned, connection);
        SchemaModel actual = new LiveSchemaNormalizer().normalize(reader.read(connection, reflectOptions)).sorted();
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual, diffOptions);
        return new Comparison(desired, actual, new ReadableExpressions(scanned).apply(ops));
    }
}
