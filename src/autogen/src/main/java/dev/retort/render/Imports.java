package dev.retort.render;

import com.palantir.javapoet.ClassName;

import java.util.TreeSet;

/**
 * The imports a generated class needs, collected while its code is built. Types are referred to by simple
 * name in the code (JavaPoet prints a default-package {@link ClassName} as its simple name) and imported
 * here, sorted, so that the template can place the import block.
 */
final class Imports {
    private final TreeSet<String> types = new TreeSet<>();
    private final TreeSet<String> staticOnDemand = new TreeSet<>();

    /** Imports {@code type} and returns the name to use for it in code. */
    ClassName use(Class<?> type) {
        ClassName real = ClassName.get(type);
        types.add(real.canonicalName());
        return ClassName.get("", real.simpleName());
    }

    /** Adds {@code import static owner.*;}. */
    void useStatics(Class<?> owner) {
        staticOnDemand.add(ClassName.get(owner).canonicalName());
    }

    /** The import block: sorted imports, a blank line, sorted static imports; no trailing newline. */
    String render() {
        StringBuilder sb = new StringBuilder();
        for (String t : types) {
            sb.append("import ").append(t).append(";\n");
        }
        if (!types.isEmpty() && !staticOnDemand.isEmpty()) {
            sb.append('\n');
        }
        for (String s : staticOnDemand) {
            sb.append("import static ").append(s).append(".*;\n");
        }
        return sb.isEmpty() ? "" : sb.substring(0, sb.length() - 1);
    }
}
