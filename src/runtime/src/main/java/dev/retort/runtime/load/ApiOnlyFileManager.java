package dev.retort.runtime.load;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The file manager migrations compile with: its class path shows the packages {@code dev.retort.api} and below
 * alone, whatever else the jar or classes folder holding them contains (Retort's model and operations, Hibernate,
 * the JDBC driver in the CLI's jar). The JDK comes from the platform as usual.
 *
 * <p>An applied migration's checksum freezes its source, so a migration that could use Retort's internals would
 * stop compiling when they change. It is a {@link StandardJavaFileManager} because javac's {@code --release}
 * accepts no other; everything but the class path's listings and look-ups is forwarded unchanged.
 */
final class ApiOnlyFileManager extends ForwardingJavaFileManager<StandardJavaFileManager>
        implements StandardJavaFileManager {
    /** The one package tree of Retort's that migrations see. */
    static final String API_PACKAGE = "dev.retort.api";

    private final Map<java.net.URI, List<String>> written = new HashMap<>();

    ApiOnlyFileManager(StandardJavaFileManager files) {
        super(files);
    }

    /** The class files written so far (relative paths, {@code db/migrations/M1.class}), by the source they came from. */
    Map<java.net.URI, List<String>> written() {
        return written;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                               FileObject sibling) throws IOException {
        if (kind == JavaFileObject.Kind.CLASS && sibling != null) {
            written.computeIfAbsent(sibling.toUri(), u -> new ArrayList<>()).add(className.replace('.', '/') + ".class");
        }
        return super.getJavaFileForOutput(location, className, kind, sibling);
    }

    /** Whether classes of {@code packageName} are visible to migrations from the class path. */
    static boolean visible(String packageName) {
        return packageName.equals(API_PACKAGE) || packageName.startsWith(API_PACKAGE + ".");
    }

    private static String packageOf(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        return dot < 0 ? "" : binaryName.substring(0, dot);
    }

    private static boolean filtered(Location location) {
        return location == StandardLocation.CLASS_PATH;
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                                         boolean recurse) throws IOException {
        if (!filtered(location) || visible(packageName)) {
            return super.list(location, packageName, kinds, recurse);
        }
        boolean holdsTheApi = packageName.isEmpty() || API_PACKAGE.startsWith(packageName + ".");
        if (!recurse || !holdsTheApi) {
            return List.of();
        }
        List<JavaFileObject> out = new ArrayList<>();
        for (JavaFileObject file : super.list(location, packageName, kinds, true)) {
            String binaryName = super.inferBinaryName(location, file);
            if (binaryName != null && visible(packageOf(binaryName))) {
                out.add(file);
            }
        }
        return out;
    }

    @Override
    public JavaFileObject getJavaFileForInput(Location location, String className, JavaFileObject.Kind kind)
            throws IOException {
        return filtered(location) && !visible(packageOf(className)) ? null
                : super.getJavaFileForInput(location, className, kind);
    }

    @Override
    public FileObject getFileForInput(Location location, String packageName, String relativeName) throws IOException {
        return filtered(location) && !visible(packageName) ? null
                : super.getFileForInput(location, packageName, relativeName);
    }

    @Override
    public boolean contains(Location location, FileObject file) throws IOException {
        if (filtered(location) && file instanceof JavaFileObject java) {
            String binaryName = super.inferBinaryName(location, java);
            if (binaryName != null && !visible(packageOf(binaryName))) {
                return false;
            }
        }
        return super.contains(location, file);
    }

    // StandardJavaFileManager, forwarded

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
        return fileManager.getJavaFileObjectsFromFiles(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Collection<? extends Path> paths) {
        return fileManager.getJavaFileObjectsFromPaths(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
        return fileManager.getJavaFileObjects(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(Path... paths) {
        return fileManager.getJavaFileObjects(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
        return fileManager.getJavaFileObjectsFromStrings(names);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
        return fileManager.getJavaFileObjects(names);
    }

    @Override
    public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
        fileManager.setLocation(location, files);
    }

    @Override
    public void setLocationFromPaths(Location location, Collection<? extends Path> paths) throws IOException {
        fileManager.setLocationFromPaths(location, paths);
    }

    @Override
    public void setLocationForModule(Location location, String moduleName, Collection<? extends Path> paths)
            throws IOException {
        fileManager.setLocationForModule(location, moduleName, paths);
    }

    @Override
    public Iterable<? extends File> getLocation(Location location) {
        return fileManager.getLocation(location);
    }

    @Override
    public Iterable<? extends Path> getLocationAsPaths(Location location) {
        return fileManager.getLocationAsPaths(location);
    }

    @Override
    public Path asPath(FileObject file) {
        return fileManager.asPath(file);
    }

    @Override
    public void setPathFactory(PathFactory f) {
        fileManager.setPathFactory(f);
    }

    /** The binary names of the API's classes, for suggesting one in place of an internal class. */
    List<String> apiClasses() throws IOException {
        List<String> out = new ArrayList<>();
        for (JavaFileObject file : list(StandardLocation.CLASS_PATH, API_PACKAGE, Set.of(JavaFileObject.Kind.CLASS), true)) {
            out.add(inferBinaryName(StandardLocation.CLASS_PATH, file));
        }
        return out;
    }

}
