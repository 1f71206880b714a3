package dev.retort.io.incremental;

import dev.retort.io.ContentCache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Which cache entry holds the latest compile of a source folder: a file {@code latest-<hash of the folder's path>}
 * beside the entries, naming one. An incremental compile starts from it; a missing, pruned or unreadable entry only
 * means a full compile.
 */
public final class LatestCompile {
    private final Path cacheDirectory;
    private final Path pointer;

    public LatestCompile(Path cacheDirectory, Path folder) {
        this.cacheDirectory = cacheDirectory;
        this.pointer = cacheDirectory.resolve("latest-"
                + ContentCache.Key.of("folder").add(folder.toString()).hex().substring(0, 32));
    }

    /** The folder of the latest compile, when it is still there and complete. */
    public Optional<Path> entry() {
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                return Optional.empty();
            }
            Path entry = cacheDirectory.resolve(name);
            return Files.isRegularFile(entry.resolve(CompileManifest.FILE)) ? Optional.of(entry) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records {@code entry} as the latest compile; best effort. */
    public void record(Path entry) {
        Path tmp = pointer.resolveSibling(pointer.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.writeString(tmp, entry.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(tmp, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file only takes space
            }
        }
    }
}
