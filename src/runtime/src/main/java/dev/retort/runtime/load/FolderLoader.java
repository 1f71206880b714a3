package dev.retort.runtime.load;

import dev.retort.api.Migration;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Migrations from a folder of {@code .java} sources: read, compile (or take from the cache), load. */
public final class FolderLoader implements MigrationLoader {
    private final Path dir;
    private final MigrationCompiler compiler;
    private final Path displayBase;

    /** Files are named relative to the current directory in messages. */
    public FolderLoader(Path dir, Path cacheRoot) {
        this(dir, cacheRoot, Path.of(""));
    }

    /** @param displayBase the folder file names in messages are relative to (the project folder) */
    public FolderLoader(Path dir, Path cacheRoot, Path displayBase) {
        this.dir = dir;
        this.compiler = new MigrationCompiler(cacheRoot);
        this.displayBase = displayBase.toAbsolutePath();
    }

    @Override
    public List<LoadedMigration> load() {
        List<MigrationSource> sources = SourceFolder.read(dir);
        if (sources.isEmpty()) {
            return List.of();
        }
        Path classes = compiler.classesFor(sources);
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, Migration.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        List<LoadedMigration> out = new ArrayList<>(sources.size());
        for (MigrationSource s : sources) {
            Class<?> type;
            String name = PackageDeclaration.qualify(s.text(), s.className());
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new RetortException(ErrorKind.MIGRATION_SOURCE, s.file() + ": declares no top-level class "
                        + name + "; the class name must match the file name", s.file(), List.of(), null, e);
            }
            out.add(LoadedMigration.of(type, display(s.file()), s.file(), s.checksum(), s.rawChecksum()));
        }
        return out;
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath();
        return abs.startsWith(displayBase) ? displayBase.relativize(abs).toString() : abs.toString();
    }

    /** True when the folder exists. */
    public boolean exists() {
        return Files.isDirectory(dir);
    }
}
