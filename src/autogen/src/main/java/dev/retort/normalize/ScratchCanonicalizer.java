package dev.retort.normalize;

import dev.retort.dialect.Dialect;
import dev.retort.model.Cast;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.CreateCast;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.InSchema;
import dev.retort.dialect.postgres.PgIdentifiers;
import dev.retort.reflect.PgSearchPath;
import dev.retort.reflect.ReflectOptions;
import dev.retort.reflect.SchemaReader;

import java.security.SecureRandom;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the desired schema into the database's own words. It creates the scanned model in a scratch database
 * of Retort's own (or, for a caller that owns its database, a throwaway schema), inside a transaction
 * that is rolled back or, in a scratch database used once, committed in chunks, and reads it back with the same
 * {@link SchemaReader} that reads the live schema. Expressions (checks, defaults, index predicates,
 * generated columns), type spellings and generated names then compare exactly, with no textual guessing:
 * what PostgreSQL prints for the live schema is what it prints for the desired one.
 *
 * <p>A desired schema PostgreSQL refuses (a check naming an unknown column, say) fails here, before
 * any migration is written, with the statement and the database's message.
 */
public final class ScratchCanonicalizer {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Dialect dialect;
    private final SchemaReader reader;

    public ScratchCanonicalizer(Dialect dialect, SchemaReader reader) {
        this.dialect = dialect;
        this.reader = reader;
    }

    /**
     * Puts {@code desired} into the words of the scratch database behind {@code scratch} (a database of Retort's
     * own, see {@code dev.retort.scratch.ScratchDatabase}): its objects are created under their real schema name
     * {@code schema}, with {@code searchPath} after it (the target session's effective path, so types print as on
     * the target), inside a transaction that is rolled back, so the scratch database stays empty for the next use.
     * {@code prelude} runs first: the target's own types the entities use (domains, composite types, enums made by
     * hand, {@code dev.retort.reflect.PgUserTypes}), which the scratch database does not have.
     */
    public SchemaModel canonicalizeIn(SchemaModel desired, Connection scratch, String schema, List<String> searchPath,
                                      List<String> prelude) {
        // a refusal is explained by the caller against the target (MissingExtensions): the scratch database has the
        // target's extensions, so a type or function missing here is missing there, and the message names the target
        return roundTripIn(desired, scratch, null, schema, searchPath, prelude);
    }

    /**
     * The same on a scratch database that is dropped after this use (see {@code dev.retort.scratch.Scratch#spend}):
     * the statements are committed {@value #CHUNK} at a time instead of in one transaction, and the tables are made
     * on several sessions at once, opened by {@code sessions} (see {@link CommittingRun}). PostgreSQL slows down at
     * every statement of a transaction by the relations that transaction already holds: in one transaction, each
     * 500 tables of a 5000-table schema took longer than the 500 before (0.64 s growing to 1.89 s), and committed in
     * chunks they take the same time each (0.45 s). What is committed stays in the database, which nothing else uses.
     */
    public SchemaModel canonicalizeCommitting(SchemaModel desired, Connection scratch,
                                              java.util.function.Supplier<Connection> sessions, String schema,
                                              List<String> searchPath, List<String> prelude) {
        return roundTripIn(desired, scratch, sessions, schema, searchPath, prelude);
    }

    /** How many statements a round trip that commits commits at a time. */
    static final int CHUNK = 256;

    /** How many sessions at most make the tables of a round trip that commits: one per processor, up to 4. */
    private static final int SESSIONS = Math.min(4, Runtime.getRuntime().availableProcessors());

    /**
     * @param sessions null for a transaction that is rolled back; otherwise the round trip commits, and this opens
     *                 more sessions to the same database
     */
    private SchemaModel roundTripIn(SchemaModel desired, Connection scratch,
                                    java.util.function.Supplier<Connection> sessions, String schema,
                                    List<String> searchPath, List<String> prelude) {
        boolean commit = sessions != null;
        RoundTripStatements statements = units(desired, prelude);
        try {
            boolean autoCommit = scratch.getAutoCommit();
            scratch.setAutoCommit(false);
            try (Statement s = scratch.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + dialect.quote(schema));
                // the other schemas the entities use exist in the scratch database under their own names
                for (String other : desired.usedSchemas()) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + dialect.quote(other));
                }
                StringBuilder path = new StringBuilder(dialect.quote(schema));
                for (String p : searchPath) {
                    if (!p.equals(schema)) {
                        s.execute("CREATE SCHEMA IF NOT EXISTS " + dialect.quote(p));
                        path.append(", ").append(dialect.quote(p));
                    }
                }
                if (commit) {
                    // the session's path outlives the commits; reset below
                    s.execute("SET search_path TO " + path);
                    scratch.commit();
                    new CommittingRun(CHUNK, SESSIONS).run(scratch, sessions, path.toString(), statements);
                } else {
                    s.execute("SET LOCAL search_path TO " + path);
                    List<String> all = statements.all();
                    execute(s, all, 0, all.size());
                }
                SchemaModel read = reader.read(scratch, ReflectOptions.defaults().withSchema(schema)
                        .withOtherSchemas(desired.usedSchemas()));
                return ModelExpressions.map(read, PgExpressions::canonical).withSchemas(List.of()).sorted();
            } finally {
                scratch.rollback();
                if (commit) {
                    try (Statement s = scratch.createStatement()) {
                        s.execute("RESET search_path");
                    }
                    scratch.commit();
                }
                scratch.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DesiredSchemaRejectedException("(scratch database, schema " + schema + ")", e.getMessage(), e);
        }
    }

    /** Runs {@code statements} from {@code from} (inclusive) to {@code to} as one batch. */
    static void execute(Statement s, List<String> statements, int from, int to) throws SQLException {
        for (int i = from; i < to; i++) {
            s.addBatch(statements.get(i));
        }
        try {
            s.executeBatch();
        } catch (BatchUpdateException e) {
            int failed = from + failedIndex(e, statements.subList(from, to));
            String stmt = failed >= from && failed < to ? statements.get(failed) : "(unknown)";
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new DesiredSchemaRejectedException(stmt, cause.getMessage(), cause.getSQLState(), e);
        } finally {
            s.clearBatch();
        }
    }

    /**
     * The same on a database the caller owns and may write to (tests, a database made for the comparison): in
     * the session's temporary schema, or a schema of its own, in a transaction that is rolled back. Commands
     * never call this on the target: they use {@link #canonicalizeIn} on a scratch database.
     */
    public SchemaModel canonicalize(SchemaModel desired, Connection connection) {
        try {
            return roundTrip(desired, connection);
        } catch (DesiredSchemaRejectedException e) {
            // after the rollback, so that the catalogs can be asked which extension is missing
            throw MissingExtensions.explain(e, desired, connection).orElse(e);
        }
    }

    private SchemaModel roundTrip(SchemaModel wanted, Connection connection) {
        String scratch = "retort_scratch_" + HexFormat.of().formatHex(randomBytes());
        // the other schemas the entities use may hold the live objects already: theirs are made in scratch schemas
        // of their own (scratch_1, scratch_2, ...), and read back under their real names
        Map<String, String> scratchOf = new TreeMap<>();
        Map<String, String> realOf = new HashMap<>();
        for (String other : wanted.usedSchemas()) {
            String stand = scratch + "_" + (scratchOf.size() + 1);
            scratchOf.put(other, stand);
            realOf.put(stand, other);
        }
        SchemaModel desired = wanted.mapSchemas(x -> x == null ? null : scratchOf.get(x));
        List<String> statements = statements(desired);
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                // a permanent table and a temporary one cannot reference each other: with other schemas, no pg_temp
                boolean temporary = scratchOf.isEmpty() && temporarySchemaUsable(s);
                for (String stand : scratchOf.values()) {
                    s.execute("CREATE SCHEMA " + stand);
                }
                // the session's own schemas stay on the path after the scratch schema: types, functions and
                // operators of extensions (citext, gen_random_uuid...) resolve as they do for the live schema,
                // and format_type spells them the same way
                String path = sessionPath(connection);
                if (temporary) {
                    s.execute("SET LOCAL search_path TO pg_temp" + path);
                } else {
                    s.execute("CREATE SCHEMA " + scratch);
                    // pg_temp named last: otherwise it is searched first, and the caller's temporary tables
                    // would shadow ours
                    s.execute("SET LOCAL search_path TO " + scratch + path + ", pg_temp");
                }
                execute(s, statements, 0, statements.size());
                String schema = temporary ? temporarySchema(s, scratch) : scratch;
                SchemaModel read = reader.read(connection, ReflectOptions.defaults().withSchema(schema)
                        .withOtherSchemas(scratchOf.values())).mapSchemas(x -> x == null ? null : realOf.get(x));
                return ModelExpressions.map(read, PgExpressions::canonical).withSchemas(List.of()).sorted();
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DesiredSchemaRejectedException("(scratch schema " + scratch + ")", e.getMessage(), e);
        }
    }

    /** {@code , "s1", "s2"}: the schemas of the session's effective search_path, quoted, each after a comma. */
    private static String sessionPath(Connection connection) {
        StringBuilder out = new StringBuilder();
        for (String schema : PgSearchPath.effective(connection)) {
            out.append(", ").append(PgIdentifiers.quote(schema));
        }
        return out.toString();
    }

    /**
     * Which entry of {@code batch} failed. PgJDBC names it in its message ("Batch entry 244 CREATE TABLE ... was
     * aborted", in the JVM's language), and in a transaction it counts every entry as failed, since all were rolled
     * back: the entry is the number in the message that is followed by that entry's text. Without one, the first
     * entry counted as failed, or the first with no count.
     */
    private static int failedIndex(BatchUpdateException e, List<String> batch) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d+").matcher(message);
        while (number.find()) {
            try {
                int n = Integer.parseInt(number.group());
                if (n < batch.size() && message.startsWith(head(batch.get(n)), skipSpaces(message, number.end()))) {
                    return n;
                }
            } catch (NumberFormatException tooLong) {
                // not an index
            }
        }
        int[] counts = e.getUpdateCounts();
        if (counts == null) {
            return -1;
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.EXECUTE_FAILED) {
                return i;
            }
        }
        return counts.length;
    }

    private static String head(String sql) {
        return sql.substring(0, Math.min(sql.length(), 40));
    }

    private static int skipSpaces(String s, int at) {
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * Whether the scratch objects can be temporary: the session may create temporary objects and has none yet
     * (a caller's own temporary tables would mix with ours). Temporary relations are never WAL-logged, so their
     * indexes are built without the fsync each index build on a permanent relation waits for: at a thousand
     * tables, that halves the time of the round trip.
     */
    private static boolean temporarySchemaUsable(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT pg_catalog.has_database_privilege(pg_catalog.current_database(), "
                + "'TEMPORARY') AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class "
                + "WHERE relnamespace = pg_catalog.pg_my_temp_schema()) AND NOT EXISTS (SELECT 1 "
                + "FROM pg_catalog.pg_type WHERE typnamespace = pg_catalog.pg_my_temp_schema())")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The session's temporary schema ({@code pg_temp_N}), or {@code fallback} when nothing created it. */
    private static String temporarySchema(Statement s, String fallback) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT nspname FROM pg_catalog.pg_namespace "
                + "WHERE oid = pg_catalog.pg_my_temp_schema()")) {
            return rs.next() ? rs.getString(1) : fallback;
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * Enum types and their casts, sequences, then tables without foreign keys, then every foreign key, each in its
     * schema.
     */
    List<String> statements(SchemaModel desired) {
        return units(desired, List.of()).all();
    }

    /** The same, after {@code prelude}, by what must come before what. */
    RoundTripStatements units(SchemaModel desired, List<String> prelude) {
        List<String> before = new ArrayList<>(prelude);
        for (EnumType e : desired.enums()) {
            before.addAll(dialect.toSql(InSchema.of(e.schema(), new CreateEnumType(e))));
        }
        for (Cast c : desired.casts()) {
            before.addAll(dialect.toSql(new CreateCast(c)));
        }
        for (Sequence s : desired.sequences()) {
            before.addAll(dialect.toSql(InSchema.of(s.schema(), new CreateSequence(s))));
        }
        List<List<String>> tables = new ArrayList<>();
        for (Table t : desired.tables()) {
            tables.add(dialect.toSql(InSchema.of(t.schema(), new CreateTable(t.withForeignKeys(List.of())))));
        }
        List<String> after = new ArrayList<>();
        for (Table t : desired.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                after.addAll(dialect.toSql(InSchema.of(t.schema(), new AddForeignKey(t.name(), fk))));
            }
        }
        return new RoundTripStatements(before, tables, after);
    }
}
