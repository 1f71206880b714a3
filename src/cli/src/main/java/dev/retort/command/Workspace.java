package dev.retort.command;

import dev.retort.config.DatabaseUrl;
import dev.retort.config.Settings;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.io.ContentCache;
import dev.retort.runtime.Database;
import dev.retort.runtime.Project;
import dev.retort.runtime.db.Connector;
import dev.retort.embedded.EmbeddedServer;
import dev.retort.runtime.db.JdbcConnector;
import dev.retort.runtime.load.FolderLoader;
import dev.retort.runtime.load.MigrationLoader;
import dev.retort.runtime.version.VersionTable;
import dev.retort.embedded.EmbeddedScratchServer;
import dev.retort.scratch.Scratch;
import dev.retort.scratch.UrlScratchServer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the commands share: settings, where output goes, the migrations (loaded once) and the way to the
 * database. Migrations are loaded and checked before any connection is made.
 */
public final class Workspace {
    private final Settings settings;
    private final PrintStream out;
    private final MigrationLoader loader;
    private Project project;

    public Workspace(Settings settings, PrintStream out) {
        this(settings, out, null);
    }

    /** @param loader where migrations come from; null for the settings' migrations folder */
    public Workspace(Settings settings, PrintStream out, MigrationLoader loader) {
        this.settings = settings;
        this.out = out;
        this.loader = loader;
    }

    public Settings settings() {
        return settings;
    }

    public PrintStream out() {
        return out;
    }

    public MigrationLoader loader() {
        return loader != null ? loader
                : new FolderLoader(settings.migrationsDir(), ContentCache.Kind.MIGRATIONS.under(stateDir().resolve("cache")),
                settings.workDir());
    }

    /** The migrations and their graph, loaded on first use. */
    public Project project() {
        if (project == null) {
            project = Project.load(loader());
        }
        return project;
    }

    /** Forgets the loaded migrations (after a command wrote a new one). */
    public void reload() {
        project = null;
    }

    public VersionTable versionTable() {
        return new VersionTable(settings.schema(), settings.versionTable());
    }

    /** The dialect of the configured URL, or PostgreSQL for the embedded server and offline mode. */
    public Dialect dialect() {
        DatabaseUrl url = settings.databaseUrl();
        return dialectFor(url == null ? "jdbc:postgresql:" : url.jdbcUrl());
    }

    private static Dialect dialectFor(String jdbcUrl) {
        try {
            return Dialects.forUrl(jdbcUrl);
        } catch (dev.retort.dialect.UnsupportedDatabaseException e) {
            throw new RetortException(ErrorKind.CONFIG, e.getMessage(), e);
        }
    }

    /** Connects: to the configured URL, or to the project's embedded server (started now). */
    public Database openDatabase() {
        DatabaseUrl url = settings.databaseUrl();
        Dialect dialect = dialect();
        Connector connector = url != null ? new JdbcConnector(url)
                : EmbeddedServer.start(stateDir(), settings.lockTimeout());
        return new Database(connector, dialect, versionTable(), settings.lockTimeout());
    }

    /**
     * Where the desired schema is put into PostgreSQL's words for a comparison with {@code target}: a database of
     * Retort's own on the {@code scratch.url} server, else on the embedded PostgreSQL (the target's own server when
     * the target is the embedded one, else one started only if the canonical form is not cached: of the target's
     * major version where its binaries are available, see {@link EmbeddedScratch}). Never the target database.
     */
    public Scratch scratch(Database target) {
        DatabaseUrl url = settings.scratchDatabaseUrl();
        if (url != null) {
            return new Scratch(() -> new UrlScratchServer(url), "scratch.url " + url.display(), false);
        }
        if (target.connector() instanceof EmbeddedServer embedded) {
            return new Scratch(() -> new EmbeddedScratchServer(embedded, false), "embedded", true);
        }
        EmbeddedScratch embedded = new EmbeddedScratch(stateDir(), settings.lockTimeout(),
                dev.retort.embedded.EmbeddedBinaries.localRepository(), System.err);
        return new Scratch(embedded::start, embedded::identity, true);
    }

    /** {@code .retort/}, created with a {@code .gitignore} that keeps it out of version control. */
    public Path stateDir() {
        Path dir = settings.stateDir();
        try {
            Files.createDirectories(dir);
            Path ignore = dir.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# Retort's local state (compile cache, embedded database)\n*\n");
            }
        } catch (IOException e) {
            throw new RetortException(ErrorKind.IO, "cannot create " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }
}
