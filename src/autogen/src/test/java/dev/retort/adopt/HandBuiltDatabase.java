package dev.retort.adopt;

import dev.retort.api.Migration;
import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.Comparison;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationOp;
import dev.retort.reflect.ReflectOptions;
import dev.retort.render.MigrationHeader;
import dev.retort.render.MigrationWriter;
import dev.retort.runtime.exec.OpExecutor;
import dev.retort.runtime.exec.OperationRecorder;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;
import dev.retort.testing.InMemoryCompiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Adopting a database people built by hand: the entities are written to a folder and scanned as a user's
 * {@code entities.sources} would be, autogenerate compares them with the live database, and the migration
 * it writes is rendered, compiled and run on real PostgreSQL, then downgraded and upgraded again.
 */
final class HandBuiltDatabase {
    static final Autogenerator AUTO = Autogenerator.postgres(ReflectOptions.defaults());
    private static final PostgresDialect DIALECT = new PostgresDialect();
    private static final Path CACHE = Path.of("target/retort-cache/entities");

    private HandBuiltDatabase() {
    }

    /** The entities' model: {@code sources} maps a file name such as {@code Parent.java} to its text. */
    static SchemaModel scan(Map<String, String> sources) throws IOException {
        Path dir = Files.createTempDirectory("retort-adopt-");
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        return new EntityScanner().scan(ScanRequest.ofSources(dir).withCacheDirectory(CACHE)).model();
    }

    /** The live schema as the diff sees it. */
    static SchemaModel live(Connection c) {
        return AUTO.live(c).comparable();
    }

    /** The comparison rendered as a migration class, compiled; its upgrade must replay the same SQL. */
    static Migration compile(String name, Comparison cmp) throws Exception {
        MigrationHeader header = MigrationHeader.of("rev" + Math.abs(name.hashCode()), List.of(), name,
                Instant.parse("2026-11-21T08:00:00Z"));
        String source = new MigrationWriter().render(header, cmp.upgrade());
        Path out = Files.createTempDirectory("retort-adopt-classes-");
        Migration m = (Migration) InMemoryCompiler.compile(header.className(), source, out)
                .getDeclaredConstructor().newInstance();
        OperationRecorder replay = new OperationRecorder(false);
        m.upgrade(replay);
        assertEquals(sql(cmp.upgrade()), sql(replay.ops()), "the rendered class does not replay the diff\n" + source);
        return m;
    }

    static String render(String name, List<MigrationOp> ops) {
        return new MigrationWriter().render(MigrationHeader.of("rev" + Math.abs(name.hashCode()), List.of(), name,
                Instant.parse("2026-11-21T08:00:00Z")), ops);
    }

    static List<String> sql(List<MigrationOp> ops) {
        return ops.stream().flatMap(op -> DIALECT.toSql(op).stream()).toList();
    }

    /** Runs what {@code body} records in one transaction. */
    static void run(Connection c, Consumer<OperationRecorder> body) throws SQLException {
        OperationRecorder rec = new OperationRecorder(false);
        body.accept(rec);
        c.setAutoCommit(false);
        try {
            new OpExecutor(DIALECT).execute(c, rec.ops());
            c.commit();
        } catch (RuntimeException | SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
