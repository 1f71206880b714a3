package dev.retort.scan.boot;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class a failure of Hibernate's boot comes down to when the entities refer to a class that is not on their
 * class path: an entity listener's superclass, an attribute converter's library, an annotation's type. Hibernate
 * wraps the {@link ClassNotFoundException} or {@link NoClassDefFoundError} in reflection and proxy exceptions
 * whose own messages say nothing ({@code InvocationTargetException}, {@code Type [unknown] not present}).
 */
final class MissingClass {
    private static final Pattern CLASS_NAME = Pattern.compile("([\\p{L}_$][\\p{L}\\p{N}_$]*(?:[./][\\p{L}_$][\\p{L}\\p{N}_$]*)+)");

    private MissingClass() {
    }

    /** The binary name of the missing class somewhere in {@code failure}'s causes, if there is one. */
    static Optional<String> in(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        String found = null;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ClassNotFoundException || t instanceof NoClassDefFoundError) {
                String name = className(t.getMessage());
                if (name != null) {
                    found = name; // the innermost one names the class that is really missing
                }
            } else if (t instanceof TypeNotPresentException e && e.typeName() != null
                    && !e.typeName().equals("[unknown]")) {
                found = e.typeName();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The message for a boot that failed for want of {@code className}, read from {@code where}. */
    static String message(String className, String where) {
        return "the entities in " + where + " need class " + className + ", which is not on their class path "
                + "(it is one of the application's libraries, used by an entity, an entity listener, a converter "
                + "or an annotation); add the jar that holds it to entities.classpath in retort.properties, or the "
                + "whole class path of the build: entities.classpath=@target/classpath.txt after "
                + "`mvn dependency:build-classpath -Dmdep.outputFile=target/classpath.txt`";
    }

    private static String className(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = CLASS_NAME.matcher(message.trim());
        return m.find() ? m.group(1).replace('/', '.') : null;
    }
}
