package dev.retort.runtime.load;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects, while javac compiles the migrations, the classes annotated {@code @Revision} in each file
 * (top-level and nested): a file holds exactly one migration, and a second one would be ignored.
 */
final class RevisionClasses implements TaskListener {
    private static final String REVISION = "dev.retort.api.Revision";
    private final Map<Path, List<String>> byFile = new TreeMap<>();

    @Override
    public void finished(TaskEvent e) {
        if (e.getKind() == TaskEvent.Kind.ANALYZE && e.getTypeElement() != null && e.getSourceFile() != null) {
            Path file = Path.of(e.getSourceFile().toUri());
            collect(e.getTypeElement(), byFile.computeIfAbsent(file, f -> new ArrayList<>()));
        }
    }

    private static void collect(TypeElement type, List<String> out) {
        for (AnnotationMirror a : type.getAnnotationMirrors()) {
            if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(REVISION)) {
                out.add(type.getQualifiedName().toString());
            }
        }
        for (Element inner : type.getEnclosedElements()) {
            if (inner instanceof TypeElement t) {
                collect(t, out);
            }
        }
    }

    /** @throws RetortException MIGRATION_SOURCE naming the file and its @Revision classes */
    void requireOnePerFile() {
        for (Map.Entry<Path, List<String>> e : byFile.entrySet()) {
            List<String> classes = e.getValue();
            if (classes.size() > 1) {
                String extra = classes.get(1);
                throw new RetortException(ErrorKind.MIGRATION_SOURCE, e.getKey() + " declares " + classes.size()
                        + " @Revision classes (" + String.join(", ", classes) + "); a migration file holds exactly one "
                        + "migration: move " + extra + " to its own file " + extra.replace('.', '_') + ".java "
                        + "(nothing was run)", e.getKey(), List.of(), null, null);
            }
        }
    }
}
