package dev.retort.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Source text of migration classes for tests. */
final class Migrations {
    private Migrations() {
    }

    /** A migration class with the given header and method bodies (Java statements using {@code op}). */
    static String source(String className, String id, String[] parents, String upgrade, String downgrade) {
        String ps = Arrays.stream(parents).map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        return "import dev.retort.api.*;\n"
                + "import static dev.retort.api.Schema.*;\n\n"
                + "@Revision(id = \"" + id + "\", parents = {" + ps + "}, message = \"" + className + "\")\n"
                + "public class " + className + " implements Migration {\n"
                + "    public void upgrade(Operations op) {\n        " + upgrade + "\n    }\n"
                + "    public void downgrade(Operations op) {\n        " + downgrade + "\n    }\n"
                + "}\n";
    }

    static String[] parents(String... ids) {
        return ids;
    }

    /** Replaces the bodies of {@code upgrade} and {@code downgrade} in a file written by {@code retort revision}. */
    static void fillIn(Path file, String upgrade, String downgrade) {
        try {
            String s = Files.readString(file);
            s = s.replaceFirst("public void upgrade\\(Operations op\\) \\{\\s*}",
                    "public void upgrade(Operations op) {\n        " + quoteReplacement(upgrade) + "\n    }");
            s = s.replaceFirst("public void downgrade\\(Operations op\\) \\{\\s*}",
                    "public void downgrade(Operations op) {\n        " + quoteReplacement(downgrade) + "\n    }");
            if (!s.contains(upgrade)) {
                throw new IllegalStateException("no empty upgrade method in " + file + ":\n" + s);
            }
            Files.writeString(file, "import static dev.retort.api.Schema.*;\n" + s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoteReplacement(String s) {
        return java.util.regex.Matcher.quoteReplacement(s);
    }
}
