package dev.retort.testing.docs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The file commands of the documentation's console blocks, run inside a project folder as the shell would run
 * them there: {@code cat FILE...}, {@code sed -i 's/REGEX/REPLACEMENT/[g]' FILE...} ({@link SedScript}; unlike
 * sed, it fails the test when it changes nothing, so an edit that no longer applies is noticed) and
 * {@code rm [-r] [-f] PATH...}, each printing sed's, cat's or rm's message and exit code for a missing file. The
 * {@code file} directive writes a file there. A path outside the folder fails the test.
 */
public final class FileCommands {
    private FileCommands() {
    }

    /** Whether {@code program} is one of the commands here. */
    public static boolean runs(String program) {
        return program.equals("cat") || program.equals("sed") || program.equals("rm");
    }

    /** Runs {@code sh}, one of {@link #runs}, in {@code project}; the exit code. */
    public static int run(ShellLine sh, Path project, PrintStream terminal) throws Exception {
        return switch (sh.program()) {
            case "cat" -> cat(sh, project, terminal);
            case "sed" -> sed(sh, project, terminal);
            case "rm" -> rm(sh, project, terminal);
            default -> throw new IllegalArgumentException("not a file command: " + sh.program());
        };
    }

    /** {@code <!-- docs-test: file PATH -->}: writes the lines of the block after it to {@code PATH}. */
    public static void write(DocFile.Directive d, Path project) throws IOException {
        Path file = inside(project, d.argument());
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", d.content()) + "\n");
    }

    private static int cat(ShellLine sh, Path project, PrintStream terminal) throws IOException {
        int code = 0;
        for (Path p : expand(sh, project, 0)) {
            if (!Files.isRegularFile(p)) {
                terminal.println("cat: " + project.relativize(p) + ": No such file or directory");
                code = 1;
            } else {
                terminal.print(Files.readString(p));
            }
        }
        return code;
    }

    private static int sed(ShellLine sh, Path project, PrintStream terminal) throws Exception {
        SedScript script = SedScript.parse(sh.args().get(1));
        List<Path> files = expand(sh, project, 2);
        for (Path p : files) {
            if (!Files.isRegularFile(p)) {
                terminal.println("sed: can't read " + project.relativize(p) + ": No such file or directory");
                return 2;
            }
            String before = Files.readString(p);
            String after = script.apply(before);
            if (after.equals(before)) {
                fail("'sed " + String.join(" ", sh.args()) + "' changes nothing in " + project.relativize(p)
                        + ": the documented edit no longer applies");
            }
            Files.writeString(p, after);
        }
        return 0;
    }

    private static int rm(ShellLine sh, Path project, PrintStream terminal) throws IOException {
        boolean recursive = sh.args().stream().anyMatch(a -> a.startsWith("-") && a.contains("r"));
        boolean force = sh.args().stream().anyMatch(a -> a.startsWith("-") && a.contains("f"));
        int code = 0;
        for (Path p : expand(sh, project, 0)) {
            if (!Files.exists(p)) {
                if (!force) {
                    terminal.println("rm: cannot remove '" + project.relativize(p) + "': No such file or directory");
                    code = 1;
                }
            } else if (Files.isDirectory(p) && !recursive) {
                terminal.println("rm: cannot remove '" + project.relativize(p) + "': Is a directory");
                code = 1;
            } else {
                deleteTree(p);
            }
        }
        return code;
    }

    /**
     * The paths among the arguments from index {@code from} on (options skipped), with {@code *} and
     * {@code ?} in a last segment matched against the folder, as a shell globs.
     */
    private static List<Path> expand(ShellLine sh, Path project, int from) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int k = from; k < sh.args().size(); k++) {
            String word = sh.args().get(k);
            if (word.startsWith("-")) {
                continue;
            }
            Path path = inside(project, word);
            boolean glob = sh.globbed().get(k);
            if (!glob) {
                out.add(path);
                continue;
            }
            Path parent = path.getParent();
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path.getFileName());
            List<Path> matched = new ArrayList<>();
            if (Files.isDirectory(parent)) {
                try (Stream<Path> s = Files.list(parent)) {
                    s.filter(p -> matcher.matches(p.getFileName())).sorted().forEach(matched::add);
                }
            }
            out.addAll(matched.isEmpty() ? List.of(path) : matched);
        }
        return out;
    }

    /** {@code relative} resolved in {@code project}; the test fails when it leads out of it. */
    public static Path inside(Path project, String relative) {
        Path p = project.resolve(relative).normalize();
        if (!p.startsWith(project) || p.equals(project)) {
            fail("documented commands stay inside the project folder: " + relative);
        }
        if (p.getParent() != null && p.getParent().toString().matches(".*[*?\\[].*")) {
            fail("only the last path segment may hold glob characters: " + relative);
        }
        return p;
    }

    /** Deletes {@code root} and everything in it, if it exists. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
