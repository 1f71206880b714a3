package dev.retort.autogen;

import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiff;
import dev.retort.dialect.Dialect;
import dev.retort.model.ModelCodec;
import dev.retort.model.SchemaModel;
import dev.retort.normalize.LiveSchemaNormalizer;
import dev.retort.normalize.ScratchCanonicalizer;
import dev.retort.reflect.PgExtensions;
import dev.retort.reflect.PgSearchPath;
import dev.retort.reflect.ReflectException;
import dev.retort.reflect.ReflectOptions;
import dev.retort.reflect.SchemaReader;
import dev.retort.reflect.TableFilter;

import dev.retort.ops.MigrationOp;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.List;

/**
 * The engine shared by {@code revision --autogenerate} and {@code check}: canonicalize the scanned model,
 * read and normalize the live schema, and diff the two. It leaves the database as it found it. With a
 * {@link ModelCache}, the canonical form of a scanned model seen before on the same server comes from the
 * cache instead of a scratch schema.
 */
public final class Autogenerator {
    private static final String CANONICAL_FORMAT = "retort-canonical-1";

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

    /** The same engine deciding renames by {@code renames} (hints, and a question for candidates). */
    public Autogenerator withRenames(dev.retort.diff.Renames renames) {
        return new Autogenerator(dialect, reader, reflectOptions, diffOptions.withRenames(renames), canonicalCache);
    }

    public static Autogenerator postgres(ReflectOptions reflectOptions) {
        TableFilter filter = reflectOptions.tableFilter();
        return new Autogenerator(new dev.retort.dialect.postgres.PostgresDialect(), SchemaReader.postgres(),
                reflectOptions, DiffOptions.defaults().withIncludeTable(filter::accepts));
    }

    /** Compares the entities' model (as scanned) with the schema behind {@code connection}. */
    public Comparison compare(Connection connection, SchemaModel scanned) {
        SchemaModel desired = canonical(scanned, connection);
        SchemaModel actual = live(connection);
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual, diffOptions);
        return new Comparison(desired, actual, new ReadableExpressions(scanned).apply(ops));
    }

    /** The live schema behind {@code connection}, read and normalized as {@link #compare} sees it. */
    public SchemaModel live(Connection connection) {
        return new LiveSchemaNormalizer().normalize(reader.read(connection, reflectOptions)).sorted();
    }

    /** The scanned model in the database's own words: from the cache, or made in a scratch schema. */
    private SchemaModel canonical(SchemaModel scanned, Connection connection) {
        ScratchCanonicalizer scratch = new ScratchCanonicalizer(dialect, reader);
        if (canonicalCache == null) {
            return scratch.canonicalize(scanned, connection);
        }
        String key = canonicalKey(scanned, serverVersion(connection) + nameResolution(connection));
        Optional<SchemaModel> cached = canonicalCache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        SchemaModel desired = scratch.canonicalize(scanned, connection);
        canonicalCache.put(key, desired);
        return desired;
    }

    /**
     * The key of the canonical form of {@code scanned} on a server that reports {@code serverVersion}: a SHA-256
     * of everything the form depends on, the scanned model (every component, {@link ModelCodec}), the server's
     * version, and the build of Retort (its DDL, catalog reader and expression normalizer make the form). A
     * change of any of them is another key.
     */
    public static String canonicalKey(SchemaModel scanned, String serverVersion) {
        MessageDigest md = ModelCache.keyDigest(CANONICAL_FORMAT);
        ModelCache.update(md, serverVersion);
        md.update(ModelCodec.encode(scanned));
        return ModelCache.hex(md);
    }

    /**
     * What decides how the server resolves and spells the names of types and functions the entities use: the
     * installed extensions (name, version, schema) and the session's search path. Another extension or path is
     * another canonical form ({@code extensions.citext} instead of {@code citext}).
     */
    private static String nameResolution(Connection connection) {
        return "\nextensions " + PgExtensions.installed(connection) + "\nsearch_path " + PgSearchPath.effective(connection);
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
