package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code entities.classpath} setting: the jars and folders the entities need besides Jakarta Persistence
 * and Hibernate, such as hibernate-validator. A comma-separated list whose entries are
 * <ul>
 *   <li>a jar or a folder of classes;</li>
 *   <li>{@code folder/*}: every jar in that folder, as {@code java -cp} reads it;</li>
 *   <li>{@code @file}: a file holding a class path as the build prints it, entries separated by
 *       {@code File.pathSeparator} or line breaks (for example the output of
 *       {@code mvn dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}).</li>
 * </ul>
 * Relative paths are resolved against the project folder.
 */
final class EntityClasspath {
    private static final String KEY = "entities.classpath";

    private EntityClasspath() {
    }

    static List<Path> parse(String value, Path workDir) {
        List<Path> out = new ArrayList<>();
        for (String raw : value.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.startsWith("@")) {
                out.addAll(fromFile(workDir.resolve(entry.substring(1).trim()), workDir));
            } else if (entry.equals("*") || entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
                out.addAll(jarsIn(workDir.resolve(entry.substring(0, entry.length() - 1))));
            } else {
                out.add(existing(workDir.resolve(entry), entry));
            }
        }
        return out;
    }

    private static List<Path> fromFile(Path file, Path workDir) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException(ErrorKind.CONFIG, KEY + " names the class path file " + file
                    + ", which cannot be read (" + e.getMessage() + "); write it first, for example with "
                    + "mvn dependency:build-classpath -Dmdep.outputFile=" + workDir.relativize(file.toAbsolutePath()),
                    file, List.of(), null, null);
        }
        List<Path> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String entry : line.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    out.add(existing(workDir.resolve(entry.trim()), entry.trim() + " (in " + file + ")"));
                }
            }
        }
        return out;
    }

    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RetortException(ErrorKind.CONFIG, KEY + " names " + folder + "/*, but " + folder
                    + " is not a folder; fix the path", folder, List.of(), null, null);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new RetortException(ErrorKind.CONFIG, "cannot list " + folder + " named by " + KEY + ": "
                    + e.getMessage(), folder, List.of(), null, null);
        }
    }

    private static Path existing(Path path, String given) {
        if (!Files.exists(path)) {
            throw new RetortException(ErrorKind.CONFIG, KEY + " names " + given + ", which does not exist ("
                    + path + "); build the project first or fix the path", path, List.of(), null, null);
        }
        return path;
    }
}
