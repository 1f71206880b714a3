package dev.retort.maven;

import dev.retort.command.Workspace;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every goal has: the settings of the POM, the way to a {@link Workspace}, and Retort's errors turned into
 * build failures. Each goal runs one of the command classes of {@code dev.retort.command}, as {@code retort} does.
 */
abstract class RetortMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The database: {@code jdbc:postgresql://host:port/db} or {@code postgresql://user:pass@host:port/db}; none: the embedded PostgreSQL. */
    @Parameter(property = "retort.url")
    String url;

    @Parameter(property = "retort.user")
    String user;

    /** Prefer {@code RETORT_PASSWORD} in the environment to a password in the POM. */
    @Parameter(property = "retort.password")
    String password;

    @Parameter(property = "retort.schema")
    String schema;

    /** Folder of migration sources, relative to the project folder (default {@code migrations}). */
    @Parameter(property = "retort.migrations.dir")
    String migrationsDir;

    /** The Java package new migrations are written in (default: the default package). */
    @Parameter(property = "retort.migrations.package")
    String migrationsPackage;

    @Parameter(property = "retort.templates.dir")
    String templatesDir;

    @Parameter(property = "retort.version.table")
    String versionTable;

    /** How long to wait for another run's migration lock: {@code 60s}, {@code 500ms}, {@code 2m}. */
    @Parameter(property = "retort.lock.timeout")
    String lockTimeout;

    @Parameter(property = "retort.scratch.url")
    String scratchUrl;

    /** The settings file, relative to the project folder (default {@code retort.properties}). */
    @Parameter(property = "retort.config")
    String config;

    /** {@code entities.*} settings without the prefix, such as {@code <packages>com.acme.shop</packages>}. */
    @Parameter
    Map<String, String> entities = new LinkedHashMap<>();

    /** Where Retort keeps its local state: compile cache and the embedded database. */
    @Parameter(property = "retort.state.dir", defaultValue = "${project.build.directory}/retort")
    File stateDirectory;

    @Parameter(property = "retort.skip", defaultValue = "false")
    boolean skip;

    /** The goal's name, as in {@code retort <goal>}. */
    abstract String goal();

    abstract void run(Workspace ws) throws MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("retort " + goal() + ": skipped (retort.skip)");
            return;
        }
        QuietLibraries.unless(getLog().isDebugEnabled() || System.getenv("RETORT_DEBUG") != null);
        try (PrintStream out = LogStream.to(getLog())) {
            run(new Workspace(settings().resolve(System.getenv()), out));
        } catch (RuntimeException e) {
            Exception failure = Failures.of(goal(), e);
            if (failure instanceof MojoFailureException f) {
                throw f;
            }
            throw (MojoExecutionException) failure;
        }
    }

    MojoSettings settings() {
        Map<String, String> pom = new LinkedHashMap<>();
        pom.put("url", url);
        pom.put("user", user);
        pom.put("password", password);
        pom.put("schema", schema);
        pom.put("migrations.dir", migrationsDir);
        pom.put("migrations.package", migrationsPackage);
        pom.put("templates.dir", templatesDir);
        pom.put("version.table", versionTable);
        pom.put("lock.timeout", lockTimeout);
        pom.put("scratch.url", scratchUrl);
        pom.put("config", config);
        pom.values().removeIf(v -> v == null || v.isBlank());
        List<Path> classpath;
        try {
            classpath = project.getCompileClasspathElements().stream().map(Path::of).toList();
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new IllegalStateException("the compile class path of " + project.getId() + " is not resolved", e);
        }
        return new MojoSettings(project.getBasedir().toPath(), pom, entities == null ? Map.of() : entities,
                Path.of(project.getBuild().getOutputDirectory()), classpath, stateDirectory.toPath());
    }
}
