package dev.retort.autogen;

import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiff;
import dev.retort.dialect.Dialect;
import dev.retort.model.ModelCodec;
import dev.retort.model.SchemaModel;
import dev.retort.normalize.DesiredSchemaRejectedException;
import dev.retort.normalize.LiveSchemaNormalizer;
import dev.retort.normalize.MissingExtensions;
import dev.retort.normalize.ScratchCanonicalizer;
import dev.retort.normalize.UnstatedAttributes;
import dev.retort.reflect.PgExtensions;
import dev.retort.reflect.PgSearchPath;
import dev.retort.reflect.PgUserTypes;
import dev.retort.reflect.ReflectException;
import dev.retort.reflect.ReflectOptions;
import dev.retort.reflect.SchemaReader;
import dev.retort.reflect.TableFilter;
import dev.retort.scratch.InstalledExtension;
import dev.retort.scratch.Scratch;

import dev.retort.ops.MigrationOp;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The engine shared by {@code revision --autogenerate} and {@code check}: canonicalize the scanned model,
 * read and normalize the live schema, and diff the two. It only reads the target; the canonical form is made
 * in a scratch database ({@link Scratch}). With a {@link ModelCache}, the canonical form of a scanned model seen
 * before with the same target version, scratch server and extensions comes from the cache instead.
 */
public final class Autogenerator {
    private final Dialect dialect;
    private final SchemaReader reader;
    private final ReflectOptions reflectOptions;
    private final DiffOptions diffOptions;
    private final ModelCache canonicalCache;

    public Autogenerator(Dialect dialect, SchemaReader reader, ReflectOptions reflectOptions, DiffOptions diffOptions) {
        this(dialect, reader, reflectOptions, diffOptions, null);
    }

    private Autogenerator(Dialect dialect, SchemaReader reader, ReflectOptions reflectOptions, DiffOptions diffOptions,
                          ModelCache canonicalCache) {
        this.dialect = dialect;
        this.reader = reader;
        this.reflectOptions = reflectOptions;
        this.diffOptions = diffOptions;
        this.canonicalCache = canonicalCache;
    }

    /**
     * The same engine, keeping the canonical forms of scanned models in {@code cache}, under
     * {@link #canonicalKey}: a repeated comparison of unchanged entities on the same server skips the scratch
     * schema (at a thousand tables, creating them takes seconds).
     */
    public Autogenerator withCanonicalCache(ModelCache cache) {
        return new Autogenerator(dialect, reader, reflectOptions, diffOptions, cache);
    }

    /** The same engine, comparing with {@code change} applied to its diff options. */
    public Autogenerator withDiffOptions(java.util.function.UnaryOperator<DiffOptions> change) {
        return new Autogenerator(dialect, reader, reflectOptions, change.apply(diffOptions), canonicalCache);
    }

    /** The same engine deciding renames by {@code renames} (hints, and a question for candidates). */
    public Autogenerator withRenames(dev.retort.diff.Renames renames) {
        return new Autogenerator(dialect, reader, reflectOptions, diffOptions.withRenames(renames), canonicalCache);
    }

    public static Autogenerator postgres(ReflectOptions reflectOptions) {
        TableFilter filter = reflectOptions.tableFilter();
        return new Autogenerator(new dev.retort.dialect.postgres.PostgresDialect(), SchemaReader.postgres(),
                reflectOptions, DiffOptions.defaults().withIncludeTable(filter::accepts));
    }

    /**
     * Compares the entities' model (as scanned) with the schema behind {@code target}, which is only read: the
     * desired schema is put into PostgreSQL's words in {@code scratch}'s database (made only when the canonical
     * form is not cached), with the extensions the target has.
     */
    public Comparison compare(Connection target, SchemaModel entities, Scratch scratch) {
        return compare(target, entities, scratch, null);
    }

    /**
     * The same, with {@code projectSchema}, the {@link #live(Connection) live project schema} as the caller read it
     * already (while the entities were scanned, say): used when the entities use no other schema, and read again
     * on {@code target} otherwise. Null reads it.
     */
    public Comparison compare(Connection target, SchemaModel entities, Scratch scratch, SchemaModel projectSchema) {
        SchemaModel scanned = entities.relativeTo(reflectOptions.schema());
        List<InstalledExtension> extensions = extensions(target);
        // names resolve in the scratch database as in the target's session: format_type spells a type of an
        // extension schema on the path unqualified, and qualified otherwise
        List<String> path = PgSearchPath.effective(target);
        int major = majorVersion(target);
        SchemaModel desired = canonical(scanned, serverVersion(target) + "\n" + scratch.identity(major) + "\n"
                + extensions + "\n" + path, model -> {
                    try {
                        // the target's own domains and types the entities use, which the scratch database lacks
                        List<String> userTypes = PgUserTypes.createStatements(target, PgUserTypes.referencedBy(model));
                        // the database is Retort's own and dropped after: the round trip commits as it goes
                        return new ScratchCanonicalizer(dialect, reader).canonicalizeCommitting(model,
                                scratch.spend(major, extensions), scratch::newSession, reflectOptions.schema(), path,
                                userTypes);
                    } catch (DesiredSchemaRejectedException e) {
                        // the scratch database has the target's extensions: one it lacks, the target lacks too
                        throw MissingExtensions.explain(e, model, target).orElse(e);
                    }
                });
        SchemaModel actual = projectSchema != null && scanned.usedSchemas().isEmpty() ? projectSchema
                : live(target, scanned.usedSchemas());
        return compared(scanned, desired, actual);
    }

    /**
     * Starts making {@code scratch}'s database for a comparison with {@code target} on another thread
     * ({@link Scratch#warmUp}), with the target's version and extensions as {@link #compare} asks for them.
     */
    public static void warmUp(Connection target, Scratch scratch) {
        scratch.warmUp(majorVersion(target), extensions(target));
    }

    /**
     * Compares on a database the caller owns and may write to (tests): the canonical form is made on
     * {@code connection} itself, in a transaction that is rolled back. Commands use
     * {@link #compare(Connection, SchemaModel, Scratch)}, which only reads the target.
     */
    public Comparison compare(Connection connection, SchemaModel entities) {
        SchemaModel scanned = entities.relativeTo(reflectOptions.schema());
        SchemaModel desired = canonical(scanned, serverVersion(connection) + nameResolution(connection),
                model -> new ScratchCanonicalizer(dialect, reader).canonicalize(model, connection));
        return compared(scanned, desired, live(connection, scanned.usedSchemas()));
    }

    private Comparison compared(SchemaModel scanned, SchemaModel canonical, SchemaModel actual) {
        // what the entities leave unstated (deferrable, collations, operator classes...) is kept as it is live
        SchemaModel desired = UnstatedAttributes.keepLive(canonical, actual);
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual, diffOptions);
        return new Comparison(desired, actual, new ReadableExpressions(scanned).apply(ops));
    }

    /** The live schema behind {@code connection}, read and normalized as {@link #compare} sees it. */
    public SchemaModel live(Connection connection) {
        return live(connection, List.of());
    }

    /**
     * The live schema behind {@code connection}: the project's schema and {@code otherSchemas} (those the
     * entities use; no other schema is looked at), read and normalized as {@link #compare} sees it.
     */
    public SchemaModel live(Connection connection, java.util.Collection<String> otherSchemas) {
        return new LiveSchemaNormalizer().normalize(reader.read(connection,
                reflectOptions.withOtherSchemas(otherSchemas))).sorted();
    }

    /**
     * The scanned model in the database's own words: from the cache, whole or table by table
     * ({@link CanonicalForms}), or made by {@code roundTrip}, which puts any model into them.
     */
    private SchemaModel canonical(SchemaModel scanned, String where, UnaryOperator<SchemaModel> roundTrip) {
        if (canonicalCache == null) {
            return roundTrip.apply(scanned);
        }
        return new CanonicalForms(canonicalCache).canonical(scanned, where, roundTrip).canonical();
    }

    private static List<InstalledExtension> extensions(Connection target) {
        try {
            return InstalledExtension.of(target);
        } catch (SQLException e) {
            throw new ReflectException("cannot read the target's extensions (pg_extension): " + e.getMessage(), e);
        }
    }

    /**
     * The key of the canonical form of {@code scanned} made where {@code serverVersion} says (the target's version,
     * the scratch server and the target's extensions): a SHA-256 of everything the form depends on, the scanned
     * model (every component, {@link ModelCodec}), that text, and the build of Retort (its DDL, catalog reader and expression normalizer make the form). A
     * change of any of them is another key.
     */
    public static String canonicalKey(SchemaModel scanned, String serverVersion) {
        return CanonicalForms.wholeKey(scanned, serverVersion);
    }

    /**
     * What decides how the server resolves and spells the names of types and functions the entities use: the
     * installed extensions (name, version, schema) and the session's search path. Another extension or path is
     * another canonical form ({@code extensions.citext} instead of {@code citext}).
     */
    private static String nameResolution(Connection connection) {
        return "\nextensions " + PgExtensions.installed(connection) + "\nsearch_path " + PgSearchPath.effective(connection);
    }

    private static int majorVersion(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new ReflectException("cannot read the database server's version: " + e.getMessage(), e);
        }
    }

    private static String serverVersion(Connection connection) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new ReflectException("cannot read the database server's version: " + e.getMessage(), e);
        }
    }
}
