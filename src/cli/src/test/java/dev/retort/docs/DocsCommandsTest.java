package dev.retort.docs;

import dev.retort.cli.Main;
import dev.retort.command.EntitySettings;
import dev.retort.config.Settings;
import dev.retort.config.SettingsLoader;
import dev.retort.runtime.lock.MigrationLock;
import dev.retort.testing.HibernateStartup;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import dev.retort.testing.docs.DocFile;
import dev.retort.testing.docs.FileCommands;
import dev.retort.testing.docs.ShellLine;
import dev.retort.testing.docs.ShownOutput;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Docs cannot rot: every command shown in {@code README.md}, {@code docs/*.md} and the Maven sample's README
 * ({@link DocFile#inRepository}) runs, and must exit and print as shown: here, or, in a file marked
 * {@code <!-- docs-test: maven -->}, in the Maven plugin's {@code MavenDocsIT}, which runs {@code mvn} with real
 * Maven in a copy of {@code src/sample-maven}. This test checks that a Maven file holds only what that test runs
 * ({@code mvn}, {@code cat}, {@code sed -i}, {@code rm}, the {@code file} directive) and that no other file
 * holds {@code mvn}.
 *
 * <h2>Console blocks</h2>
 * Every fenced block with the info string {@code console} is run. In it, a line starting with {@code $ }
 * is a command; the lines after it, up to the next command, are the output it shows. A trailing comment
 * {@code # exit N} on a command is its expected exit code (default 0); other comments are ignored. The
 * commands that run here:
 * <ul>
 * <li>{@code ./retort ARGS}, optionally with {@code NAME=value} prefixes (environment variables for that
 * command only; {@code NAME=} sets an empty value, as a shell does) and a final {@code > FILE}: run
 * in-process through {@code new Main(out, err, env, dir).run(args)};</li>
 * <li>{@code cat FILE...}: prints the files;</li>
 * <li>{@code sed -i 's/REGEX/REPLACEMENT/[g]' FILE...}: the GNU sed subset of
 * {@link dev.retort.testing.docs.SedScript}; unlike
 * sed, it fails when it changes nothing, so an edit that no longer applies is noticed;</li>
 * <li>{@code rm [-r] [-f] PATH...}: inside the project folder only;</li>
 * <li>{@code psql -q -f FILE}: runs the SQL file on the database, as psql connected to it would (quiet: it prints
 * nothing); a failing statement fails the test.</li>
 * </ul>
 * Words are split as a POSIX shell splits them ({@link ShellLine}); {@code *} and {@code ?} in the last
 * path segment of a {@code cat}/{@code sed}/{@code rm} argument are globbed. Anything else (another
 * program, pipes, {@code $VAR}) fails the test: a command a test cannot run belongs in a {@code ```sh}
 * block, and then it must not be a {@code ./retort} command, unless the same command also runs in a
 * console block of that file (CI recipes quote the command in YAML, for example).
 *
 * <h2>Shown output</h2>
 * Standard output and standard error form one stream, as on a terminal (except what {@code > FILE}
 * redirects). Each non-blank shown line must equal a line of the real output, trailing blanks ignored, and
 * the shown lines must come in the real order; lines may be left out. Volatile parts are written as
 * wildcards:
 * <ul>
 * <li>{@code …} (U+2026) matches any text within a line: timestamps, durations, temporary paths,
 * checksums;</li>
 * <li>{@code <id>} matches a revision id (letters, digits and {@code _});</li>
 * <li>a line that is only {@code …} stands for left-out lines and is not checked.</li>
 * </ul>
 *
 * <h2>Where commands run</h2>
 * Per file, in a fresh temporary copy of the sample project ({@code retort.properties},
 * {@code sample-entities/}, {@code migrations/}) with a fresh database from
 * {@link TestDatabases#create}, whose JDBC URL is {@code RETORT_URL}, and the test server as
 * {@code RETORT_SCRATCH_URL} (where the comparisons make their scratch databases). No other variable of the
 * test's environment is passed on. The blocks of a file run in order, so each continues where the one before
 * left off. A file adjusts this with directives, HTML comments on a line of their own (not rendered):
 * <ul>
 * <li>{@code <!-- docs-test: embedded -->} (before the first command): no {@code RETORT_URL}, so Retort
 * uses its embedded PostgreSQL in the project's {@code .retort/pg}, and {@code check} runs as
 * {@code --ci};</li>
 * <li>{@code <!-- docs-test: hibernate-create -->}: starts a Hibernate SessionFactory for the project's
 * entities with {@code hbm2ddl.auto=create} on the database, as an application that never used Retort
 * would have;</li>
 * <li>{@code <!-- docs-test: sql STATEMENTS -->}: runs SQL on the database;</li>
 * <li>{@code <!-- docs-test: file PATH -->} right before a fenced block: writes the block's text to {@code PATH} in
 * the project folder (a file the reader saves), so that the file a command uses is the one shown;</li>
 * <li>{@code <!-- docs-test: hold-lock -->}: holds Retort's migration lock (default schema and version
 * table) from another connection named {@code retort}, as a concurrent run would, until the end of the
 * file;</li>
 * <li>{@code <!-- docs-test: maven -->} (anywhere in the file): the file's commands are not run here but by
 * {@code MavenDocsIT} (module maven-plugin), in a copy of the Maven sample; only {@code mvn}, {@code cat},
 * {@code sed -i}, {@code rm} and the {@code file} directive may appear in it.</li>
 * </ul>
 *
 * <h2>Also checked</h2>
 * No console block is left unparsed, and every relative link (and its {@code #anchor} in a Markdown
 * file) points at something that exists.
 *
 * <p>To see the real output of every command, e.g. to update a doc, run with
 * {@code -Ddocs.transcripts=target/docs-transcripts}: one transcript per file is written there.
 */
class DocsCommandsTest {
    private static final Path ROOT = dev.retort.testing.RepoRoot.path();
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Set<String> DIRECTIVES = Set.of("embedded", "hibernate-create", "sql", "hold-lock", "file",
            DocFile.MAVEN);
    /** What MavenDocsIT runs in a file marked {@code maven}. */
    private static final List<String> MAVEN_PROGRAMS = List.of("mvn", "cat", "sed", "rm");
    private static final List<String> MAVEN_DIRECTIVES = List.of(DocFile.MAVEN, "file");

    private static List<DocFile> docs() {
        return DocFile.inRepository(ROOT).stream().map(DocFile::read).toList();
    }

    @Test
    void everyConsoleBlockCanBeRun() throws IOException {
        List<String> problems = new ArrayList<>();
        for (DocFile doc : docs()) {
            problems.addAll(doc.problems());
            boolean stepSeen = false;
            for (DocFile.Element e : doc.elements()) {
                if (e instanceof DocFile.Step step) {
                    stepSeen = true;
                    String program = step.shell().program();
                    String where = doc.file().getFileName() + ":" + step.line() + ": ";
                    if (doc.maven() && !MAVEN_PROGRAMS.contains(program)) {
                        problems.add(where + "'" + program + "' in a file marked 'maven': MavenDocsIT runs only "
                                + MAVEN_PROGRAMS);
                    } else if (!doc.maven() && program.equals("mvn")) {
                        problems.add(where + "'mvn' runs only in a file marked <!-- docs-test: maven --> (MavenDocsIT)");
                    }
                } else if (e instanceof DocFile.Directive d) {
                    String where = doc.file().getFileName() + ":" + d.line() + ": ";
                    if (doc.maven() && !MAVEN_DIRECTIVES.contains(d.name())) {
                        problems.add(where + "'" + d.name() + "' in a file marked 'maven': MavenDocsIT knows only "
                                + MAVEN_DIRECTIVES);
                    } else if (!DIRECTIVES.contains(d.name())) {
                        problems.add(where + "unknown directive '" + d.name() + "'; known: " + DIRECTIVES);
                    } else if (d.name().equals("embedded") && stepSeen) {
                        problems.add(where + "'embedded' must come before the first command");
                    } else if (d.name().equals("sql") && d.argument().isBlank()) {
                        problems.add(where + "'sql' needs statements");
                    } else if (d.name().equals("file") && d.argument().isBlank()) {
                        problems.add(where + "'file' needs a path");
                    }
                }
            }
            if (embedded(doc) && doc.directives().stream().anyMatch(d -> !d.name().equals("embedded"))) {
                problems.add(doc.file().getFileName() + ": 'embedded' files have no test database for other directives");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void retortCommandsOutsideConsoleBlocksAlsoRunInOne() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern retort = Pattern.compile("(?:^|[\\s:;&|(])(\\./retort(?:\\s.*)?)$");
        // in a Maven file, a shell line that is an mvn command
        Pattern mvn = Pattern.compile("^\\s*(mvn\\s.*)$");
        for (DocFile doc : docs()) {
            Set<String> run = doc.steps().stream().map(s -> s.shell().commandText()).collect(Collectors.toSet());
            for (DocFile.Block b : doc.otherBlocks()) {
                for (int k = 0; k < b.lines().size(); k++) {
                    var m = (doc.maven() ? mvn : retort).matcher(b.lines().get(k));
                    if (!m.find()) {
                        continue;
                    }
                    String command = m.group(1).replaceAll("\\s+#.*$", "").strip().replaceAll("\\s+", " ");
                    if (!run.contains(command)) {
                        problems.add(doc.file().getFileName() + ":" + (b.line() + k + 1) + ": '" + command
                                + "' is shown but not run: show it in a console block of this file too");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void relativeLinksPointAtExistingFiles() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (DocFile doc : docs()) {
            for (DocFile.Link link : doc.links()) {
                String target = link.target();
                if (SCHEME.matcher(target).matches()) {
                    continue;
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? doc.file() : doc.file().getParent().resolve(path).normalize();
                String where = doc.file().getFileName() + ":" + link.line() + ": link " + target;
                if (!Files.exists(resolved)) {
                    problems.add(where + ": " + ROOT.relativize(resolved) + " does not exist");
                } else if (anchor != null && resolved.toString().endsWith(".md")) {
                    Set<String> known = anchors.computeIfAbsent(resolved, p -> DocFile.read(p).anchors());
                    if (!known.contains(anchor)) {
                        problems.add(where + ": no heading with anchor #" + anchor + " in " + ROOT.relativize(resolved));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @TestFactory
    Stream<DynamicTest> commandsRunAndPrintAsShown() throws IOException {
        return docs().stream().filter(d -> !d.maven() && !d.steps().isEmpty() && d.problems().isEmpty())
                .map(d -> DynamicTest.dynamicTest(ROOT.relativize(d.file()).toString(), () -> runFile(d)));
    }

    private static boolean embedded(DocFile doc) {
        return doc.directives().stream().anyMatch(d -> d.name().equals("embedded"));
    }

    // ---- running a file

    private static void runFile(DocFile doc) throws Exception {
        Path project = Files.createTempDirectory("retort-docs-");
        dev.retort.testing.SampleProject.copyTo(project);
        StringBuilder transcript = new StringBuilder();
        TestDatabase db = embedded(doc) ? null : TestDatabases.create("docs_" + doc.file().getFileName());
        List<Connection> locks = new ArrayList<>();
        try {
            Map<String, String> env = new HashMap<>();
            if (db != null) {
                env.put("RETORT_URL", db.jdbcUrl());
                // scratch databases on the test server, as a CI job with a service container has them
                env.put("RETORT_SCRATCH_URL", TestDatabases.adminUrl());
            }
            for (DocFile.Element e : doc.elements()) {
                if (e instanceof DocFile.Directive d) {
                    directive(d, project, db, locks);
                } else {
                    step(doc, (DocFile.Step) e, project, env, transcript, db);
                }
            }
            FileCommands.deleteTree(project);
        } finally {
            for (Connection c : locks) {
                c.close();
            }
            if (db != null) {
                db.close();
            }
            String dir = System.getProperty("docs.transcripts");
            if (dir != null && !dir.isBlank()) {
                Path out = ROOT.resolve(dir);
                Files.createDirectories(out);
                Files.writeString(out.resolve(doc.file().getFileName() + ".txt"), transcript.toString());
            }
        }
    }

    private static void directive(DocFile.Directive d, Path project, TestDatabase db, List<Connection> locks)
            throws Exception {
        switch (d.name()) {
            case "embedded" -> {
            }
            case "hibernate-create" -> {
                // the application's own start-up: a SessionFactory with hbm2ddl.auto=create on the database
                Settings settings = SettingsLoader.load(project, Map.of(), Map.of());
                HibernateStartup.run(EntitySettings.from(settings).request(), db.jdbcUrl(), "create");
            }
            case "sql" -> db.execute(d.argument());
            case "file" -> FileCommands.write(d, project);
            case "hold-lock" -> {
                Properties p = new Properties();
                p.setProperty("ApplicationName", "retort");
                Connection c = DriverManager.getConnection(db.jdbcUrl(), p);
                locks.add(c);
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    ps.setLong(1, MigrationLock.key(Settings.DEFAULT_SCHEMA, Settings.DEFAULT_VERSION_TABLE));
                    ps.execute();
                }
            }
            default -> fail("unknown directive " + d);
        }
    }

    private static void step(DocFile doc, DocFile.Step step, Path project, Map<String, String> env,
                             StringBuilder transcript, TestDatabase db) throws Exception {
        ShellLine sh = step.shell();
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        int code;
        try (PrintStream t = new PrintStream(terminal, true, StandardCharsets.UTF_8)) {
            code = switch (sh.program()) {
                case "./retort" -> retort(sh, project, env, t);
                case "cat", "sed", "rm" -> FileCommands.run(sh, project, t);
                case "psql" -> psql(sh, project, db, t);
                default -> throw new IllegalStateException("unsupported " + sh.program());
            };
        }
        String output = terminal.toString(StandardCharsets.UTF_8);
        transcript.append("$ ").append(sh.text()).append('\n').append(output)
                .append(output.isEmpty() || output.endsWith("\n") ? "" : "\n")
                .append("[exit ").append(code).append("]\n\n");
        String where = ROOT.relativize(doc.file()) + ":" + step.line() + ": $ " + sh.text()
                + "\n(project folder, kept after a failure: " + project + ")";
        assertEquals(sh.expectedExit(), code, where + "\nexit code differs; output:\n" + output);
        String mismatch = ShownOutput.firstMissing(step.shown(), output);
        if (mismatch != null) {
            fail(where + "\nshown line not in the output (in this order): " + mismatch + "\nreal output:\n" + output);
        }
    }

    private static int retort(ShellLine sh, Path project, Map<String, String> env, PrintStream terminal)
            throws IOException {
        Map<String, String> commandEnv = new HashMap<>(env);
        commandEnv.putAll(sh.env());
        if (sh.redirect() == null) {
            return new Main(terminal, terminal, commandEnv, project).run(sh.args().toArray(String[]::new));
        }
        try (OutputStream file = Files.newOutputStream(FileCommands.inside(project, sh.redirect()));
             PrintStream out = new PrintStream(file, true, StandardCharsets.UTF_8)) {
            return new Main(out, terminal, commandEnv, project).run(sh.args().toArray(String[]::new));
        }
    }

    /** {@code psql -q -f FILE}: the file's statements on the database; psql prints nothing when quiet. */
    private static int psql(ShellLine sh, Path project, TestDatabase db, PrintStream terminal) throws IOException {
        Path file = FileCommands.inside(project, sh.args().get(2));
        if (db == null) {
            fail("psql needs the test database: not in an 'embedded' file");
        }
        if (!Files.isRegularFile(file)) {
            terminal.println("psql: error: " + project.relativize(file) + ": No such file or directory");
            return 1;
        }
        db.execute(Files.readString(file));
        return 0;
    }
}
