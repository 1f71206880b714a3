package dev.retort.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import dev.retort.api.Revision;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The {@code @Revision(...)} annotation of a generated migration. */
final class RevisionAnnotation {
    private RevisionAnnotation() {
    }

    /**
     * The annotation for {@code header}. Members at their default value are left out, except {@code parents},
     * {@code message} and {@code created}, which every migration states.
     *
     * @param transactional false when the migration holds statements that cannot run in a transaction
     * @param irreversible  true when a step of the downgrade must be written by hand: the migration says so,
     *                      so that {@code downgrade} refuses early and {@code check --ci} skips it; a reviewer
     *                      who writes the missing inverse removes the member
     */
    static AnnotationSpec spec(MigrationHeader header, boolean transactional, boolean irreversible, Imports imports) {
        AnnotationSpec.Builder b = AnnotationSpec.builder(imports.use(Revision.class))
                .addMember("id", "$S", header.revisionId())
                .addMember("parents", "$L", array(header.parents()))
                .addMember("message", "$S", header.message())
                .addMember("created", "$S", DateTimeFormatter.ISO_INSTANT.format(header.created()));
        if (!header.branchLabels().isEmpty()) {
            b.addMember("branchLabels", "$L", array(header.branchLabels()));
        }
        if (!header.dependsOn().isEmpty()) {
            b.addMember("dependsOn", "$L", array(header.dependsOn()));
        }
        if (!transactional) {
            b.addMember("transactional", "$L", false);
        }
        if (irreversible) {
            b.addMember("irreversible", "$L", true);
        }
        return b.build();
    }

    /** The annotation with one member per line, indented twice, as a careful hand would write it. */
    static String text(AnnotationSpec spec) {
        StringBuilder sb = new StringBuilder("@").append(spec.type()).append("(");
        String separator = "\n";
        for (Map.Entry<String, List<CodeBlock>> m : spec.members().entrySet()) {
            CodeBlock value = m.getValue().size() == 1 ? m.getValue().get(0)
                    : CodeBlock.join(m.getValue(), ", ");
            sb.append(separator).append(JavaText.INDENT.repeat(2)).append(m.getKey()).append(" = ")
                    .append(JavaText.code(value));
            separator = ",\n";
        }
        return sb.append(")").toString();
    }

    private static CodeBlock array(List<String> values) {
        return CodeBlock.of("{$L}", ElementCode.strings(values));
    }
}
