package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code retort init}: scaffolds {@code retort.properties} and {@code migrations/} from the templates in
 * {@code templates/init/} (listed in its {@code files.txt}). Existing files are kept.
 */
public final class InitCommand {
    private static final String ROOT = "/templates/init/";
    private final Path dir;
    private final java.io.PrintStream out;

    public InitCommand(Path dir, java.io.PrintStream out) {
        this.dir = dir;
        this.out = out;
    }

    /** @return the files created */
    public List<Path> run() {
        List<Path> created = new ArrayList<>();
        try {
            for (String name : read("files.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
                Path target = dir.resolve(name);
                if (Files.exists(target)) {
                    out.println("kept " + name + " (exists)");
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, read(name), StandardCharsets.UTF_8);
                created.add(target);
                out.println("created " + name);
            }
        } catch (IOException e) {
            throw new RetortException(ErrorKind.IO, "cannot scaffold in " + dir + ": " + e.getMessage(), e);
        }
        return created;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IOException("template " + ROOT + name + " is missing from Retort's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
