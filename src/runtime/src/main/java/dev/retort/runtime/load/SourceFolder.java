package dev.retort.runtime.load;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the {@code *.java} files of a migrations folder, sorted by name. */
public final class SourceFolder {
    private SourceFolder() {
    }

    public static List<MigrationSource> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RetortException(ErrorKind.CONFIG, "migrations folder " + dir
                    + " does not exist; run 'retort init' or set migrations.dir", dir, List.of(), null, null);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new RetortException(ErrorKind.IO, "cannot list " + dir + ": " + e.getMessage(), e);
        }
        List<MigrationSource> out = new ArrayList<>(files.size());
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new RetortException(ErrorKind.IO, "cannot read " + f + ": " + e.getMessage(), f, List.of(), null, e);
            }
            String name = f.getFileName().toString();
            String className = name.substring(0, name.length() - ".java".length());
            if (!javax.lang.model.SourceVersion.isName(className)) {
                throw new RetortException(ErrorKind.MIGRATION_SOURCE, f + ": '" + className
                        + "' is not a valid Java class name; rename the file (e.g. M" + className.replaceAll("\\W", "_") + ".java)",
                        f, List.of(), null, null);
            }
            var bad = dev.retort.io.SourceText.firstBadByte(bytes);
            if (bad.isPresent()) {
                throw new RetortException(ErrorKind.MIGRATION_SOURCE, bad.get().describe(f) + "; nothing was run",
                        f, List.of(), null, null);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // javac refuses a byte-order mark
            }
            Checksums.OfSource sums = Checksums.ofSourceAndRaw(bytes);
            out.add(new MigrationSource(f, className, text, sums.checksum(), sums.raw()));
        }
        return out;
    }
}
