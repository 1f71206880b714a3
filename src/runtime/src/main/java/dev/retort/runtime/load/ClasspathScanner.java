package dev.retort.runtime.load;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The names of the classes of a package, and of its sub-packages, that a class loader can load, found with
 * the JDK alone: each root {@code ClassLoader.getResources(packagePath)} returns is either a {@code file:}
 * directory, walked for {@code .class} files, or a {@code jar:} URL, whose entries under the URL's entry name
 * are listed through {@link JarURLConnection#getJarFile()}. That covers plain jars and Spring Boot
 * executable jars while Boot's launcher serves their {@code jar:nested:} URLs. Any other protocol is refused,
 * naming the URL: such class loaders (application servers' virtual file systems...) can be given the
 * migration classes explicitly instead.
 *
 * <p>The default package ({@code ""}) is not recursive: the top-level classes of the classpath roots. The JDK
 * returns directory roots only for {@code getResources("")}; jar roots are found through their
 * {@code META-INF/MANIFEST.MF} (which every jar built by Maven or Gradle has). A jar without a manifest, and
 * Spring Boot's {@code BOOT-INF/classes}, are not seen there.
 *
 * <p>Only classes whose class file passes a test are named ({@link ClasspathLoader} asks for those that mention
 * the {@code @Revision} annotation), so that the others need not be loaded. Names are sorted and distinct: a class in two roots is named once, and loading it by name gives the copy
 * the class loader finds first. A nested class ({@code Outer$Inner}) is left out when its outer class is named
 * too; {@link ClasspathLoader} checks the others once loaded.
 */
public final class ClasspathScanner {
    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private ClasspathScanner() {
    }

    /**
     * The binary names of the top-level classes in {@code packageName} (recursively unless it is {@code ""})
     * whose class file's bytes pass {@code classFile}.
     */
    public static SortedSet<String> classNames(ClassLoader loader, String packageName, Predicate<byte[]> classFile) {
        boolean recursive = !packageName.isEmpty();
        String path = packageName.replace('.', '/');
        SortedSet<String> names = new TreeSet<>();
        try {
            for (URL root : roots(loader, path)) {
                String protocol = root.getProtocol();
                if (protocol.equals("file")) {
                    fromDirectory(root, packageName, recursive, classFile, names);
                } else if (protocol.equals("jar")) {
                    fromJar(root, recursive, classFile, names);
                } else {
                    throw unsupported(root, packageName);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RetortException(ErrorKind.IO, "cannot list the classes of " + describe(packageName)
                    + " on the classpath: " + e.getMessage(), e);
        }
        names.removeIf(n -> isNested(n, names));
        return names;
    }

    /** The URLs to list; for the default package, also the roots of the jars, found by their manifest. */
    private static List<URL> roots(ClassLoader loader, String path) throws IOException {
        Map<String, URL> roots = new LinkedHashMap<>();
        for (URL url : Collections.list(loader.getResources(path))) {
            roots.putIfAbsent(url.toString(), url);
        }
        if (path.isEmpty()) {
            Enumeration<URL> manifests = loader.getResources(MANIFEST);
            while (manifests.hasMoreElements()) {
                String manifest = manifests.nextElement().toString();
                if (manifest.startsWith("jar:") && manifest.endsWith("!/" + MANIFEST)) {
                    String root = manifest.substring(0, manifest.length() - MANIFEST.length());
                    roots.putIfAbsent(root, new URL(root));
                }
            }
        }
        return List.copyOf(roots.values());
    }

    private static void fromDirectory(URL root, String packageName, boolean recursive, Predicate<byte[]> classFile,
                                      SortedSet<String> names) throws IOException {
        Path dir;
        try {
            dir = Path.of(root.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("unusable directory URL " + root + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        String prefix = packageName.isEmpty() ? "" : packageName + ".";
        try (Stream<Path> files = Files.walk(dir, recursive ? Integer.MAX_VALUE : 1)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                String name = className(prefix, dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"));
                if (name != null && classFile.test(readAllBytes(f))) {
                    names.add(name);
                }
            });
        }
    }

    private static void fromJar(URL root, boolean recursive, Predicate<byte[]> classFile, SortedSet<String> names)
            throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            throw new IOException(root + " opens as a " + connection.getClass().getName()
                    + ", not as a java.net.JarURLConnection");
        }
        String entryName = jar.getEntryName();
        String prefix = entryName == null || entryName.isEmpty() ? "" : entryName.endsWith("/") ? entryName : entryName + "/";
        String packagePrefix = prefix.replace('/', '.');
        jar.setUseCaches(false); // a file of our own, closed here, rather than one cached for the JVM's life
        try (JarFile file = jar.getJarFile()) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String path = entry.getName();
                String relative = path.startsWith(prefix) ? path.substring(prefix.length()) : null;
                String name = relative == null || !recursive && relative.indexOf('/') >= 0 ? null
                        : className(packagePrefix, relative);
                if (name != null) {
                    try (var in = file.getInputStream(entry)) {
                        if (classFile.test(in.readAllBytes())) {
                            names.add(name);
                        }
                    }
                }
            }
        }
    }

    /** The class name of {@code relative} ({@code a/B.class}), or null unless it is a class file of a class. */
    private static String className(String packagePrefix, String relative) {
        if (!relative.endsWith(".class")) {
            return null;
        }
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        for (String part : name.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return null; // module-info, package-info, META-INF/versions/...: not classes of the package
            }
        }
        return packagePrefix + name;
    }

    private static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        return s.chars().allMatch(Character::isJavaIdentifierPart);
    }

    /**
     * Whether {@code name} is {@code Outer$Inner} (or {@code Outer$1}) with {@code Outer} named too: nested
     * and anonymous classes are not migrations, and are left out without loading them. A top-level class
     * whose name merely holds a {@code $} is kept.
     */
    private static boolean isNested(String name, SortedSet<String> names) {
        int dollar = name.indexOf('$', name.lastIndexOf('.') + 1);
        return dollar > 0 && names.contains(name.substring(0, dollar));
    }

    private static RetortException unsupported(URL root, String packageName) {
        return new RetortException(ErrorKind.MIGRATION_SOURCE, "cannot list the classes of " + describe(packageName)
                + " at " + root + ": the class loader serves it with the '" + root.getProtocol() + "' protocol, and only "
                + "file: directories and jar: files can be listed; give the migration classes explicitly instead, "
                + "with Retort.builder(dataSource).migrations(M1.class, M2.class, ...)");
    }

    static String describe(String packageName) {
        return packageName.isEmpty() ? "the default package" : "package " + packageName;
    }
}
