package dev.retort.scan.compile;

import dev.retort.scan.ScanException;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The entity sources did not compile; the message lists each error as {@code file:line: message}. */
public class EntityCompilationException extends ScanException {
    private final transient List<CompileError> errors;

    private static final Pattern MISSING_PACKAGE = Pattern.compile("^package ([\\w.]+) does not exist");

    public EntityCompilationException(Path sourceFolder, List<CompileError> errors) {
        super("Entity sources in " + sourceFolder + " do not compile:\n" + errors.stream()
                .map(e -> "  " + e)
                .collect(Collectors.joining("\n")) + advice(errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * What to do when the errors come from a library the entities import and the compile class path lacks, rather
     * than from the entities themselves: the first such package named, or nothing.
     */
    private static String advice(List<CompileError> errors) {
        Set<String> missing = new LinkedHashSet<>();
        for (CompileError e : errors) {
            Matcher m = MISSING_PACKAGE.matcher(e.message());
            if (m.find()) {
                missing.add(m.group(1));
            }
        }
        if (missing.stream().anyMatch(p -> p.equals("javax.persistence") || p.startsWith("javax.persistence."))) {
            return "\nthe entities use javax.persistence (Java Persistence 2: Hibernate 5, Spring Boot 2); Retort reads "
                    + "Jakarta Persistence 3 (Hibernate 6 and later, Spring Boot 3): replace the javax.persistence "
                    + "imports with jakarta.persistence (and javax.validation with jakarta.validation)";
        }
        return missing.stream().findFirst()
                .map(p -> "\nthe entities import package " + p + ", which is not on the class path: add the jar that "
                        + "provides it to entities.classpath, or build the project and set entities.classes")
                .orElse("");
    }

    public List<CompileError> errors() {
        return errors;
    }
}
