package dev.retort.bench;

import dev.retort.model.SchemaModel;
import dev.retort.reflect.PgCatalogReader;
import dev.retort.reflect.ReflectOptions;
import dev.retort.reflect.ScRetrieval;
import dev.retort.reflect.SchemaCrawlerReader;
import dev.retort.testing.TestDatabases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures reflection of a 1000-table schema in a warm JVM: the fast path's six catalog queries alone
 * (rows fetched and read, no model built), the fast path reader, and the SchemaCrawler reader with each
 * retrieval strategy; each the median of several runs after two warm-up runs, the runs of the readers
 * being compared interleaved so that they share the same background load. Run it through docs/bench/reflect-1000.sh.
 *
 * <p>Arguments: {@code [tables=1000] [runs=11] [schemaCrawlerRuns=5] [keep]}; the server is taken from
 * {@code RETORT_TEST_DATABASE_URL}, else {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}.
 */
public final class ReflectBenchmark {
    private static final String DATABASE = "retort_bench_reflect";
    private static final List<String> CATALOG_QUERIES =
            List.of("tables", "columns", "constraints", "indexes", "sequences", "enums");

    private ReflectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 11;
        int crawlerRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        boolean keep = Arrays.asList(args).contains("keep");
        Logger.getLogger("schemacrawler").setLevel(Level.WARNING);
        Logger.getLogger("us.fatehi").setLevel(Level.WARNING);

        String admin = System.getenv(TestDatabases.ENV);
        if (admin == null || admin.isBlank()) {
            admin = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
        }
        String url = TestDatabases.withDatabase(admin, DATABASE);
        long created = System.nanoTime();
        recreate(admin);
        try (Connection c = DriverManager.getConnection(url)) {
            BenchSchema.create(c, tables);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            System.out.printf(Locale.ROOT, "created %d tables in %.1f s on %s; %d processors, load average %s%n",
                    tables, (System.nanoTime() - created) / 1e9, serverVersion(c),
                    Runtime.getRuntime().availableProcessors(), loadAverage());

            ReflectOptions options = ReflectOptions.defaults();
            SchemaModel fast = new PgCatalogReader().read(c, options);
            for (ScRetrieval retrieval : ScRetrieval.values()) {
                SchemaModel crawled = new SchemaCrawlerReader(retrieval).read(c, options);
                System.out.printf(Locale.ROOT, "models: %d tables, SchemaCrawlerReader(%s) identical: %s%n",
                        fast.tables().size(), retrieval, fast.equals(crawled));
            }

            Map<String, Work> catalog = new LinkedHashMap<>();
            catalog.put("raw catalog queries (6 queries, rows read)", () -> rawCatalog(c));
            catalog.put("fast path PgCatalogReader", () -> new PgCatalogReader().read(c, options));
            measureInterleaved(runs, catalog);
            Map<String, Work> crawler = new LinkedHashMap<>();
            for (ScRetrieval retrieval : ScRetrieval.values()) {
                crawler.put("SchemaCrawlerReader(" + retrieval + ")",
                        () -> new SchemaCrawlerReader(retrieval).read(c, options));
            }
            measureInterleaved(crawlerRuns, crawler);
            System.out.println("load average after: " + loadAverage());
        } finally {
            if (!keep) {
                drop(admin);
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /**
     * Runs every piece of work once per round, in turn, so that all of them see the same load on a shared
     * machine; two warm-up rounds first, then {@code runs} measured rounds; reports each one's median.
     */
    private static void measureInterleaved(int runs, Map<String, Work> works) throws Exception {
        if (runs == 0) {
            return;
        }
        for (int round = 0; round < 2; round++) {
            for (Work work : works.values()) {
                work.run();
            }
        }
        Map<String, double[]> ms = new LinkedHashMap<>();
        works.keySet().forEach(name -> ms.put(name, new double[runs]));
        for (int round = 0; round < runs; round++) {
            for (Map.Entry<String, Work> work : works.entrySet()) {
                long start = System.nanoTime();
                work.getValue().run();
                ms.get(work.getKey())[round] = (System.nanoTime() - start) / 1e6;
            }
        }
        ms.forEach(ReflectBenchmark::report);
    }

    private static void report(String what, double[] ms) {
        if (ms.length == 0) {
            return;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf(Locale.ROOT, "%-44s median %8.1f ms  (min %.1f, max %.1f, %d runs)%n", what, median,
                sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    /** The fast path's own SQL, every row fetched and every column read as text, nothing built. */
    private static void rawCatalog(Connection c) throws SQLException, IOException {
        for (String query : CATALOG_QUERIES) {
            try (PreparedStatement ps = c.prepareStatement(sql(query))) {
                ps.setString(1, "public");
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getString(i);
                        }
                    }
                }
            }
        }
    }

    private static String sql(String name) throws IOException {
        try (InputStream in = PgCatalogReader.class.getResourceAsStream(name + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String serverVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    private static void recreate(String admin) throws SQLException {
        drop(admin);
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static void drop(String admin) throws SQLException {
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }
}
