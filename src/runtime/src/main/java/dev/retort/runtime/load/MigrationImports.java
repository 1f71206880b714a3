package dev.retort.runtime.load;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The imports of each migration source, recorded as javac parses them, to tell a migration that imports a class
 * migrations cannot see (Retort's internals, Hibernate) from one with a plain compile error. Errors are matched
 * to an import by javac's diagnostic code and the import's position in the source, not by message text.
 */
final class MigrationImports implements TaskListener {
    /** An import of a missing package, or of a missing class or member. */
    private static final List<String> UNRESOLVED = List.of("compiler.err.doesnt.exist", "compiler.err.cant.resolve",
            "compiler.err.cant.resolve.location");
    static final String RULE = "migrations compile against " + ApiOnlyFileManager.API_PACKAGE
            + " and the JDK alone";

    /** One import declaration: its span in the source, the name it imports and whether it is static. */
    record Import(long start, long end, String name, boolean isStatic) {
        String statement() {
            return "import " + (isStatic ? "static " : "") + name;
        }
    }

    private final SourcePositions positions;
    private final Map<URI, List<Import>> byFile = new HashMap<>();

    MigrationImports(JavacTask task) {
        this.positions = com.sun.source.util.Trees.instance(task).getSourcePositions();
    }

    @Override
    public void finished(TaskEvent e) {
        if (e.getKind() != TaskEvent.Kind.PARSE || e.getCompilationUnit() == null) {
            return;
        }
        CompilationUnitTree unit = e.getCompilationUnit();
        List<Import> imports = new ArrayList<>();
        for (ImportTree i : unit.getImports()) {
            imports.add(new Import(positions.getStartPosition(unit, i), positions.getEndPosition(unit, i),
                    i.getQualifiedIdentifier().toString(), i.isStatic()));
        }
        byFile.put(unit.getSourceFile().toUri(), imports);
    }

    /** The import {@code d} reports as naming something migrations cannot see, if it is one. */
    Optional<Import> unavailable(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null || d.getCode() == null || !UNRESOLVED.contains(d.getCode())) {
            return Optional.empty();
        }
        long at = d.getPosition();
        return byFile.getOrDefault(d.getSource().toUri(), List.of()).stream()
                .filter(i -> i.start() <= at && at <= i.end())
                .filter(i -> hidden(i.name(), d.getCode()))
                .findFirst();
    }

    /** Whether a missing package was reported (a name elsewhere in the code, not on an import). */
    static boolean missingPackage(Diagnostic<? extends JavaFileObject> d) {
        return "compiler.err.doesnt.exist".equals(d.getCode());
    }

    /**
     * Whether a name javac could not resolve is one hidden from migrations rather than a typo: a package that does
     * not exist for them (a library's, or Retort's), or a class of Retort's outside the API.
     */
    private static boolean hidden(String name, String code) {
        if (name.startsWith(ApiOnlyFileManager.API_PACKAGE + ".")) {
            return false;
        }
        return "compiler.err.doesnt.exist".equals(code) || name.startsWith("dev.retort.");
    }

    /**
     * What to say of {@code i}: the rule, and, for a class of Retort's whose simple name an API class has too,
     * the import to write instead.
     */
    static String explain(Import i, Collection<String> apiClasses) {
        String text = i.statement() + ": " + RULE + " (not Retort's other classes or its libraries, so that an "
                + "applied migration, whose checksum freezes its source, keeps compiling when they change)";
        return text + insteadOf(i, apiClasses).map(s -> "; use " + s + " instead").orElse(
                "; remove the import, and use the API or the JDK (op.execute, op.jdbc) for what it was for");
    }

    private static Optional<String> insteadOf(Import i, Collection<String> apiClasses) {
        if (!i.name().startsWith("dev.retort.")) {
            return Optional.empty();
        }
        String[] parts = i.name().split("\\.");
        int type = 0;
        while (type < parts.length && !Character.isUpperCase(parts[type].charAt(0))) {
            type++;
        }
        if (type == parts.length) {
            return Optional.empty();
        }
        String simple = parts[type];
        String rest = i.name().substring(String.join(".", List.of(parts).subList(0, type + 1)).length());
        return apiClasses.stream()
                .filter(c -> !c.contains("$") && c.substring(c.lastIndexOf('.') + 1).equals(simple))
                .sorted()
                .findFirst()
                .map(c -> "import " + (i.isStatic() ? "static " : "") + c + rest);
    }
}
