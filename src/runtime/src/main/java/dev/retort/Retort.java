package dev.retort;

import dev.retort.config.Settings;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.io.ContentCache;
import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.Project;
import dev.retort.runtime.StepResult;
import dev.retort.runtime.db.DataSourceConnector;
import dev.retort.api.Migration;
import dev.retort.runtime.load.ClassListLoader;
import dev.retort.runtime.load.ClasspathLoader;
import dev.retort.runtime.load.FolderLoader;
import dev.retort.runtime.load.MigrationLoader;
import dev.retort.runtime.version.VersionTable;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Migrating from application code, e.g. at start-up:
 * <pre>{@code
 * Retort.upgrade(dataSource, "heads");                      // migrations in package db.migrations
 * Retort.builder(dataSource).packageName("com.acme.db").build().upgrade("heads");
 * Retort.builder(dataSource).migrations(M1_accounts.class, M2_email.class).build().upgrade("heads");
 * }</pre>
 * Migrations are compiled classes on the classpath, found in a package or given explicitly (or, with
 * {@link Builder#migrationsDir}, a folder of sources compiled on the fly). The same lock, checksums and transactions apply as on the command line.
 */
public final class Retort {
    /** The package searched for migration classes unless {@link Builder#packageName} says otherwise. */
    public static final String DEFAULT_PACKAGE = "db.migrations";

    private final DataSource dataSource;
    private final MigrationLoader loader;
    private final String schema;
    private final String versionTable;
    private final Duration lockTimeout;
    private final Consumer<StepResult> listener;

    private Retort(Builder b) {
        this.dataSource = b.dataSource;
        this.loader = b.loader();
        this.schema = b.schema;
        this.versionTable = b.versionTable;
        this.lockTimeout = b.lockTimeout;
        this.listener = b.listener;
    }

    /** Upgrades the database behind {@code dataSource} to {@code target} with the migrations of {@link #DEFAULT_PACKAGE}. */
    public static List<StepResult> upgrade(DataSource dataSource, String target) {
        return builder(dataSource).build().upgrade(target);
    }

    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Applies migrations up to {@code target} ({@code heads}, a revision, {@code +1}...). */
    public List<StepResult> upgrade(String target) {
        Project project = Project.load(loader);
        try (Database db = database()) {
            return new Migrator(project, db, listener).upgrade(target);
        }
    }

    /** Un-applies migrations down to {@code target} ({@code base}, a revision, {@code -1}...). */
    public List<StepResult> downgrade(String target) {
        Project project = Project.load(loader);
        try (Database db = database()) {
            return new Migrator(project, db, listener).downgrade(target);
        }
    }

    private Database database() {
        return new Database(new DataSourceConnector(dataSource), dialect(), new VersionTable(schema, versionTable), lockTimeout);
    }

    private Dialect dialect() {
        try (Connection c = dataSource.getConnection()) {
            return Dialects.forUrl(c.getMetaData().getURL());
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE_UNREACHABLE, "cannot connect through the DataSource: " + e.getMessage(), e);
        }
    }

    /** Options of a {@link Retort}. */
    public static final class Builder {
        private final DataSource dataSource;
        private String packageName;
        private ClassListLoader migrations;
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Retort.class.getClassLoader();
        private Path migrationsDir;
        private Path cacheDir;
        private String schema = Settings.DEFAULT_SCHEMA;
        private String versionTable = Settings.DEFAULT_VERSION_TABLE;
        private Duration lockTimeout = Settings.DEFAULT_LOCK_TIMEOUT;
        private Consumer<StepResult> listener = r -> { };

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The package (and sub-packages) holding the compiled migration classes, {@link #DEFAULT_PACKAGE} unless
         * set. {@code ""}, the default package, is its top-level classes in the classpath's directories and
         * jars with a manifest (not in Spring Boot's {@code BOOT-INF/classes}: use {@link #migrations} there).
         */
        public Builder packageName(String name) {
            this.packageName = Objects.requireNonNull(name, "packageName");
            return this;
        }

        /**
         * The migration classes themselves, instead of those found in a package: for class loaders whose
         * packages cannot be listed, or to name them outright. Each must be a concrete class carrying
         * {@link dev.retort.api.Revision}; checksums are taken as for classes found in a package.
         *
         * @throws RetortException ({@link ErrorKind#MIGRATION_SOURCE}) naming a class that is not a migration
         */
        @SafeVarargs
        public final Builder migrations(Class<? extends Migration>... classes) {
            return migrations(Arrays.asList(Objects.requireNonNull(classes, "migrations")));
        }

        /** {@link #migrations(Class[])} from a list. */
        public Builder migrations(List<Class<? extends Migration>> classes) {
            this.migrations = new ClassListLoader(Objects.requireNonNull(classes, "migrations"));
            return this;
        }

        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "classLoader");
            return this;
        }

        /** Compile migrations from this folder of sources instead of taking classes from the classpath. */
        public Builder migrationsDir(Path dir) {
            this.migrationsDir = dir;
            return this;
        }

        /** Where compiled sources are cached (default {@code .retort/cache/migrations} beside the folder). */
        public Builder cacheDir(Path dir) {
            this.cacheDir = dir;
            return this;
        }

        public Builder schema(String schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
            return this;
        }

        public Builder versionTable(String table) {
            this.versionTable = Objects.requireNonNull(table, "versionTable");
            return this;
        }

        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = dev.retort.config.Durations.check(Objects.requireNonNull(timeout, "lockTimeout"), "lockTimeout");
            return this;
        }

        /** Called after each migration ran. */
        public Builder listener(Consumer<StepResult> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public Retort build() {
            return new Retort(this);
        }

        /** Where the migrations come from: a folder of sources (before a package, as ever), the classes given, or a package. */
        private MigrationLoader loader() {
            if (migrations != null && (migrationsDir != null || packageName != null)) {
                throw new RetortException(ErrorKind.CONFIG, "Retort.builder: migrations(...) names the migration "
                        + "classes; drop " + (migrationsDir != null ? "migrationsDir(...)" : "packageName(...)")
                        + ", or drop migrations(...) to find them there");
            }
            if (migrationsDir != null) {
                return new FolderLoader(migrationsDir, cacheDir != null ? cacheDir : ContentCache.Kind.MIGRATIONS
                        .under(migrationsDir.toAbsolutePath().getParent().resolve(".retort").resolve("cache")));
            }
            if (migrations != null) {
                return migrations;
            }
            return new ClasspathLoader(packageName != null ? packageName : DEFAULT_PACKAGE, classLoader);
        }
    }
}
