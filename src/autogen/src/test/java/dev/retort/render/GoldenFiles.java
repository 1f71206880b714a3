package dev.retort.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files under {@code src/test/resources/golden}. Run with {@code -Dretort.golden.update=true} to
 * rewrite them from the current output; the test then fails once so that nobody commits an unreviewed
 * update by accident.
 */
final class GoldenFiles {
    static final Path DIR = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {
    }

    static void assertMatches(String fileName, String actual) {
        Path file = DIR.resolve(fileName);
        if (Boolean.getBoolean("retort.golden.update")) {
            try {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fail("updated golden file " + file + "; review the diff and rerun without -Dretort.golden.update");
        }
        if (!Files.exists(file)) {
            fail("golden file " + file + " is missing; create it with -Dretort.golden.update=true");
        }
        try {
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "rendered text differs from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
