package dev.retort.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The migration API is a promise: an applied migration's checksum freezes its source, so a public signature of
 * {@code dev.retort.api} that changes or disappears breaks migrations that can no longer be edited. Every public
 * type, constructor, method and field is listed in {@code api-signatures.txt} beside this module's POM; a change to
 * them fails here until the listing is updated with {@code -Dretort.api.update=true}, a deliberate act that shows in
 * the review of the listing's diff.
 */
class ApiSignaturesTest {
    static final Path LISTING = Path.of("api-signatures.txt");

    @Test
    void publicSignaturesMatchTheCommittedListing() throws Exception {
        List<String> actual = listing();
        if (Boolean.getBoolean("retort.api.update")) {
            Files.write(LISTING, actual, StandardCharsets.UTF_8);
            return;
        }
        List<String> committed = Files.exists(LISTING) ? Files.readAllLines(LISTING, StandardCharsets.UTF_8) : List.of();
        if (!committed.equals(actual)) {
            Set<String> removed = new LinkedHashSet<>(committed);
            actual.forEach(removed::remove);
            Set<String> added = new LinkedHashSet<>(actual);
            committed.forEach(added::remove);
            StringBuilder m = new StringBuilder("the public signatures of dev.retort.api differ from ")
                    .append(LISTING.toAbsolutePath()).append('\n');
            removed.forEach(l -> m.append("  removed: ").append(l).append('\n'));
            added.forEach(l -> m.append("  added:   ").append(l).append('\n'));
            m.append("A removed or changed signature breaks applied migrations, whose sources cannot change; add an "
                    + "overload instead. If the change is deliberate, run "
                    + "./mvnw -B test -pl src/api -Dtest=ApiSignaturesTest -Dretort.api.update=true "
                    + "and commit src/api/api-signatures.txt.");
            fail(m.toString());
        }
    }

    /** One line per public type and member, sorted by type, then member; stable across JVMs. */
    static List<String> listing() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve("dev/retort/api");
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                names.add(rel.substring(0, rel.length() - ".class".length()).replace('/', '.'));
            });
        }
        names.sort(null);
        List<String> out = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, ApiSignaturesTest.class.getClassLoader());
            if (!visible(type)) {
                continue;
            }
            out.add(header(type));
            Set<String> members = new TreeSet<>();
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (exposed(c.getModifiers()) && !c.isSynthetic()) {
                    members.add("  " + c.toGenericString());
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    members.add("  " + m.toGenericString());
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (exposed(f.getModifiers()) && !f.isSynthetic()) {
                    members.add("  " + f.toGenericString());
                }
            }
            out.addAll(members);
        }
        return out;
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String header(Class<?> type) {
        StringBuilder h = new StringBuilder(type.toGenericString());
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
                && !type.isRecord()) {
            h.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            h.append(type.isInterface() ? " extends " : " implements ");
            h.append(String.join(", ", Arrays.stream(type.getGenericInterfaces()).map(t -> t.getTypeName()).toList()));
        }
        if (type.isSealed()) {
            h.append(" permits ").append(String.join(", ",
                    Arrays.stream(type.getPermittedSubclasses()).map(Class::getName).sorted().toList()));
        }
        return h.toString();
    }
}
