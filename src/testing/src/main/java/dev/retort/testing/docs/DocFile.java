package dev.retort.testing.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Markdown file as the documentation tests read it: the steps of its {@code console} blocks and its
 * {@code docs-test} directives in document order, the other fenced blocks, its relative links and its
 * heading anchors. Whatever in a {@code console} block cannot be run is reported in {@link #problems()}.
 *
 * <p>The documents are {@link #inRepository}. The command line's {@code DocsCommandsTest} (module cli) runs the
 * commands of every file but those marked {@code <!-- docs-test: maven -->} ({@link #maven()}), whose commands the
 * Maven plugin's {@code MavenDocsIT} runs, {@code mvn} with real Maven, in a copy of the Maven sample
 * ({@code src/sample-maven}) once the plugin is installed. {@code DocsCommandsTest} checks that each file holds
 * only commands of the test that runs it, so that every console block runs somewhere.
 */
public final class DocFile {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*(.*)$");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*<!--\\s*docs-test:\\s*(\\S+)\\s*(.*?)\\s*-->\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+\".*\")?\\s*$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    /** What a file holds, in document order. */
    public sealed interface Element permits Directive, Step {
        int line();
    }

    /**
     * {@code <!-- docs-test: NAME ARGUMENT -->}. A {@code file} directive takes the fenced block that follows it as
     * {@code content} (the lines of the file it writes); other directives have none.
     */
    public record Directive(int line, String name, String argument, List<String> content) implements Element {
        Directive(int line, String name, String argument) {
            this(line, name, argument, null);
        }
    }

    /**
     * A command of a {@code console} block with the output lines shown under it.
     *
     * @param line  1-based line of the command in the file
     * @param shell the parsed command
     * @param shown the lines after it, up to the next command or the end of the block
     */
    public record Step(int line, ShellLine shell, List<String> shown) implements Element {
    }

    /** A fenced block other than {@code console}. */
    public record Block(int line, String info, List<String> lines) {
    }

    public record Link(int line, String target) {
    }

    private final Path file;
    private final List<Element> elements = new ArrayList<>();
    private final List<Block> otherBlocks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Set<String> anchors = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    private DocFile(Path file) {
        this.file = file;
    }

    /** The directive that hands a file's commands to the Maven documentation test. */
    public static final String MAVEN = "maven";

    /**
     * The documents whose commands are run: {@code README.md}, {@code docs/*.md} and the Maven sample's
     * {@code src/sample-maven/README.md}, under the repository folder {@code root}.
     */
    public static List<Path> inRepository(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(root.resolve("src/sample-maven/README.md"));
        return files;
    }

    /** Whether the file is marked {@code <!-- docs-test: maven -->}: its commands run with real Maven. */
    public boolean maven() {
        return directives().stream().anyMatch(d -> d.name().equals(MAVEN));
    }

    public static DocFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocFile doc = new DocFile(file);
        doc.parse(lines);
        return doc;
    }

    public Path file() {
        return file;
    }

    public List<Element> elements() {
        return elements;
    }

    public List<Step> steps() {
        return elements.stream().filter(e -> e instanceof Step).map(e -> (Step) e).toList();
    }

    public List<Directive> directives() {
        return elements.stream().filter(e -> e instanceof Directive).map(e -> (Directive) e).toList();
    }

    public List<Block> otherBlocks() {
        return otherBlocks;
    }

    public List<Link> links() {
        return links;
    }

    public Set<String> anchors() {
        return anchors;
    }

    /** Console-block lines that cannot be run, each with its file and line. */
    public List<String> problems() {
        return problems;
    }

    private String where(int line) {
        return file.getFileName() + ":" + line;
    }

    private void parse(List<String> lines) {
        Map<String, Integer> slugCounts = new HashMap<>();
        Directive file = null; // a file directive waiting for its block
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                String marker = fence.group(1);
                String info = fence.group(2).strip();
                int start = i + 1;
                int end = start;
                while (end < lines.size() && !closes(lines.get(end), marker)) {
                    end++;
                }
                List<String> body = lines.subList(start, Math.min(end, lines.size()));
                String language = info.isEmpty() ? "" : info.split("\\s+")[0];
                if (file != null) {
                    if (language.equals("console")) {
                        problems.add(where(file.line()) + ": a file directive needs a fenced block of the file's text "
                                + "after it, not a console block");
                    } else {
                        elements.add(new Directive(file.line(), file.name(), file.argument(), List.copyOf(body)));
                    }
                    file = null;
                }
                if (language.equals("console")) {
                    if (!info.equals("console")) {
                        problems.add(where(i + 1) + ": a console block takes no attributes; mark an expected "
                                + "exit code with '# exit N' after the command");
                    }
                    console(start + 1, body);
                } else {
                    otherBlocks.add(new Block(i + 1, info, List.copyOf(body)));
                }
                i = end + 1;
                continue;
            }
            Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches()) {
                Directive d = new Directive(i + 1, directive.group(1), directive.group(2));
                if (file != null) {
                    problems.add(where(file.line()) + ": a file directive needs a fenced block right after it");
                }
                if (d.name().equals("file")) {
                    file = d;
                } else {
                    elements.add(d);
                }
            } else if (line.contains("docs-test:")) {
                problems.add(where(i + 1) + ": a docs-test directive must be one line <!-- docs-test: NAME ... -->");
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int n = slugCounts.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
            String text = INLINE_CODE.matcher(line).replaceAll("");
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                links.add(new Link(i + 1, link.group(1)));
            }
            Matcher definition = LINK_DEFINITION.matcher(text);
            if (definition.matches()) {
                links.add(new Link(i + 1, definition.group(1)));
            }
            i++;
        }
        if (file != null) {
            problems.add(where(file.line()) + ": a file directive needs a fenced block right after it");
        }
    }

    private static boolean closes(String line, String marker) {
        String s = line.strip();
        return s.length() >= marker.length() && s.chars().allMatch(c -> c == marker.charAt(0));
    }

    /** The steps of one console block whose first body line is line {@code firstLine} of the file. */
    private void console(int firstLine, List<String> body) {
        Integer stepLine = null;
        ShellLine shell = null;
        List<String> shown = new ArrayList<>();
        boolean any = false;
        for (int k = 0; k < body.size(); k++) {
            String line = body.get(k);
            int at = firstLine + k;
            if (line.startsWith("$ ") || line.equals("$")) {
                if (shell != null) {
                    elements.add(new Step(stepLine, shell, List.copyOf(shown)));
                }
                shown.clear();
                shell = null;
                stepLine = at;
                any = true;
                try {
                    shell = ShellLine.parse(line.substring(1).strip());
                    checkSupported(shell);
                } catch (ShellLine.Unsupported e) {
                    problems.add(where(at) + ": cannot run '" + line + "': " + e.getMessage()
                            + " (put commands a test cannot run in a ```sh block)");
                    shell = null;
                }
            } else if (stepLine == null && !line.isBlank()) {
                problems.add(where(at) + ": console block shows output before any '$ ' command: " + line);
            } else {
                shown.add(line);
            }
        }
        if (shell != null) {
            elements.add(new Step(stepLine, shell, List.copyOf(shown)));
        }
        if (!any) {
            problems.add(where(firstLine - 1) + ": console block without a '$ ' command (use ```text for output alone)");
        }
    }

    private static void checkSupported(ShellLine s) throws ShellLine.Unsupported {
        switch (s.program()) {
            case "./retort" -> {
                if (s.globbed().contains(true)) {
                    throw new ShellLine.Unsupported("glob characters in ./retort arguments");
                }
            }
            case "cat", "rm" -> {
                if (!s.env().isEmpty() || s.redirect() != null) {
                    throw new ShellLine.Unsupported(s.program() + " takes no NAME=value prefix or redirection here");
                }
                if (s.args().stream().filter(a -> !a.startsWith("-")).findAny().isEmpty()) {
                    throw new ShellLine.Unsupported(s.program() + " needs a file");
                }
                if (s.program().equals("rm")) {
                    for (String a : s.args()) {
                        if (a.startsWith("-") && !List.of("-r", "-f", "-rf", "-fr").contains(a)) {
                            throw new ShellLine.Unsupported("rm option " + a);
                        }
                    }
                } else if (s.args().stream().anyMatch(a -> a.startsWith("-"))) {
                    throw new ShellLine.Unsupported("cat takes no options here");
                }
            }
            case "psql" -> {
                if (!s.env().isEmpty() || s.redirect() != null || s.args().size() != 3 || !s.args().get(0).equals("-q")
                        || !s.args().get(1).equals("-f") || s.globbed().contains(true)) {
                    throw new ShellLine.Unsupported("psql is supported as: psql -q -f FILE");
                }
            }
            case "sed" -> {
                if (!s.env().isEmpty() || s.redirect() != null) {
                    throw new ShellLine.Unsupported("sed takes no NAME=value prefix or redirection here");
                }
                if (s.args().size() < 3 || !s.args().get(0).equals("-i") || s.globbed().get(1)) {
                    throw new ShellLine.Unsupported("sed is supported as: sed -i 's/REGEX/REPLACEMENT/[g]' FILE...");
                }
                SedScript.parse(s.args().get(1));
            }
            case "mvn" -> {
                if (!s.env().isEmpty() || s.redirect() != null || s.globbed().contains(true)) {
                    throw new ShellLine.Unsupported("mvn takes no NAME=value prefix, redirection or glob here");
                }
            }
            default -> throw new ShellLine.Unsupported("'" + s.program()
                    + "' is not one of ./retort, mvn, cat, sed -i, rm, psql -q -f");
        }
    }

    /** GitHub's heading anchor: lower case, punctuation removed, blanks to hyphens. */
    public static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        StringBuilder sb = new StringBuilder();
        for (int cp : text.toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                sb.appendCodePoint(cp);
            } else if (cp == ' ') {
                sb.append('-');
            }
        }
        return sb.toString();
    }
}
