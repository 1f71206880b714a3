package dev.retort.adopt;

import dev.retort.api.Migration;
import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.Comparison;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.model.SchemaModel;
import dev.retort.reflect.ReflectOptions;
import dev.retort.render.MigrationHeader;
import dev.retort.render.MigrationWriter;
import dev.retort.runtime.exec.OpExecutor;
import dev.retort.runtime.exec.OperationRecorder;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;
import dev.retort.testing.InMemoryCompiler;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A database built by hand (as Flyway scripts or a DBA build it), then adopted: entities are scanned from
 * sources, compared with it, and the rendered, compiled migration is run on it for real, upgrade and downgrade,
 * each in one transaction as the runtime runs them.
 */
final class Adoption implements AutoCloseable {
    private static final Path CACHE = Path.of("target/retort-cache/entities");
    private static final PostgresDialect DIALECT = new PostgresDialect();
    private static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");

    final TestDatabase db;
    final Connection connection;
    private final Path work;
    private int compiled;
    /** The source of the last migration compiled. */
    String source;

    private Adoption(TestDatabase db) throws SQLException, IOException {
        this.db = db;
        this.connection = db.connect();
        this.work = Files.createTempDirectory("retort-adopt-");
    }

    /** A new database, built by {@code sql}. */
    static Adoption of(String purpose, String sql) throws SQLException, IOException {
        Adoption a = new Adoption(TestDatabases.create(purpose));
        a.db.execute(sql);
        return a;
    }

    /** The entities of {@code sources} (file name → Java source, package {@code adopt}), scanned. */
    SchemaModel entities(Map<String, String> sources) throws IOException {
        Path dir = Files.createDirectories(work.resolve("entities" + (++compiled)).resolve("adopt"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        return new EntityScanner().scan(ScanRequest.ofSources(dir.getParent()).withCacheDirectory(CACHE)).model();
    }

    Comparison compare(Autogenerator auto, Map<String, String> sources) throws IOException {
        return auto.compare(connection, entities(sources));
    }

    Comparison compare(Map<String, String> sources) throws IOException {
        return compare(Autogenerator.postgres(ReflectOptions.defaults()), sources);
    }

    /** Renders the comparison's upgrade as a migration class and compiles it. */
    Migration migration(Comparison cmp) throws ReflectiveOperationException {
        int n = ++compiled;
        MigrationHeader header = MigrationHeader.of("adopt" + n, List.of(), "adopt step " + n, CREATED);
        source = new MigrationWriter().render(header, cmp.upgrade());
        Path out = work.resolve("classes" + n);
        return (Migration) InMemoryCompiler.compile(header.className(), source, out).getDeclaredConstructor().newInstance();
    }

    void upgrade(Migration m) throws SQLException {
        run(m::upgrade, m.getClass().getAnnotation(dev.retort.api.Revision.class).transactional());
    }

    void downgrade(Migration m) throws SQLException {
        run(m::downgrade, m.getClass().getAnnotation(dev.retort.api.Revision.class).transactional());
    }

    private void run(Consumer<OperationRecorder> body, boolean transactional) throws SQLException {
        OperationRecorder rec = new OperationRecorder(false);
        body.accept(rec);
        if (!transactional) {
            new OpExecutor(DIALECT).execute(connection, rec.ops());
            return;
        }
        connection.setAutoCommit(false);
        try {
            new OpExecutor(DIALECT).execute(connection, rec.ops());
            connection.commit();
        } catch (RuntimeException | SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The live schema as autogenerate sees it. */
    SchemaModel live() {
        return Autogenerator.postgres(ReflectOptions.defaults()).live(connection);
    }

    List<String> rows(String sql) {
        return db.column(sql);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        db.close();
    }
}
