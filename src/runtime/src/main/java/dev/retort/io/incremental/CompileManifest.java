package dev.retort.io.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a compile of sources (entity sources, migrations) made, kept in its cache entry ({@value #FILE}): the environment it compiled in
 * and, for each source (relative path), its content hash and the class files javac wrote for it. The next compile
 * of the same folder starts from it ({@link IncrementalPlan}).
 *
 * @param environment what else decides the classes: the JDK, the class path, the options
 * @param sources     each source (by a name unique among them) with its hash and class files (relative paths,
 *                    {@code shop/Customer.class})
 */
public record CompileManifest(String environment, Map<String, Source> sources) {
    public static final String FILE = ".retort-sources";
    private static final String HEADER = "retort-sources-1";

    /** @param hash the SHA-256 of the source's bytes */
    public record Source(String hash, List<String> classFiles) {
    }

    public CompileManifest {
        sources = Map.copyOf(sources);
    }

    public void write(Path entry) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append(environment.replace('\n', ' ')).append('\n');
        for (Map.Entry<String, Source> e : new java.util.TreeMap<>(sources).entrySet()) {
            out.append(e.getKey()).append('\t').append(e.getValue().hash());
            for (String c : e.getValue().classFiles()) {
                out.append('\t').append(c);
            }
            out.append('\n');
        }
        Files.writeString(entry.resolve(FILE), out, StandardCharsets.UTF_8);
    }

    /** The manifest of the compile in {@code entry}, if it has a readable one. */
    public static Optional<CompileManifest> read(Path entry) {
        try {
            List<String> lines = Files.readAllLines(entry.resolve(FILE), StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            Map<String, Source> sources = new LinkedHashMap<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] parts = line.split("\t");
                if (parts.length < 2) {
                    return Optional.empty();
                }
                List<String> classes = new ArrayList<>(List.of(parts).subList(2, parts.length));
                sources.put(parts[0], new Source(parts[1], List.copyOf(classes)));
            }
            return Optional.of(new CompileManifest(lines.get(1), sources));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code environment} as the manifest keeps it (one line). */
    public static String environmentLine(String environment) {
        return environment.replace('\n', ' ');
    }
}
