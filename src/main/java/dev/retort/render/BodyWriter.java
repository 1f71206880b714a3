package dev.retort.render;

import com.palantir.javapoet.CodeBlock;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.review.Risk;
import dev.retort.ops.review.Risks;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the body of {@code upgrade} or {@code downgrade}: one {@code op.…} statement per operation, review
 * comments above the risky ones (see {@link Risks}), and the by-hand marker for steps that cannot be reversed.
 * Lines are not indented; the template places the body.
 *
 * <p>An irreversible step becomes a comment block saying what must be written by hand, followed by
 * {@code throw new IllegalStateException(...)} naming the operation. The steps after it are kept, commented
 * out, because Java rejects statements after a {@code throw}; whoever writes the missing step deletes the
 * throw and restores them.
 */
final class BodyWriter {
    private final String className;
    private final Imports imports;

    BodyWriter(String className, Imports imports) {
        this.className = className;
        this.imports = imports;
    }

    /** The body that runs {@code ops}. */
    String upgrade(List<MigrationOp> ops) {
        return downgrade(DowngradeStep.explicit(ops));
    }

    /** The body that runs {@code steps}. */
    String downgrade(List<DowngradeStep> steps) {
        List<MigrationOp> runnable = new ArrayList<>();
        for (DowngradeStep s : steps) {
            if (s instanceof DowngradeStep.Reverse r) {
                runnable.add(r.op());
            }
        }
        List<List<Risk>> risks = Risks.byOperation(runnable);
        List<String> blocks = new ArrayList<>();
        int next = 0;
        boolean thrown = false;
        for (DowngradeStep s : steps) {
            String block;
            if (s instanceof DowngradeStep.Reverse r) {
                block = statement(r.op(), risks.get(next++)).stripTrailing();
                if (thrown) {
                    block = JavaText.commentedOut(block);
                }
            } else {
                DowngradeStep.ByHand h = (DowngradeStep.ByHand) s;
                block = byHand(h, thrown);
                thrown = true;
            }
            blocks.add(block);
        }
        return join(blocks);
    }

    private String statement(MigrationOp op, List<Risk> risks) {
        List<String> notes = new ArrayList<>();
        CodeBlock code = op.accept(new OpCode(new ElementCode(imports, notes::add)));
        StringBuilder sb = new StringBuilder();
        for (Risk r : risks) {
            sb.append(JavaText.comment(r.message())).append('\n');
        }
        for (String n : notes) {
            sb.append(JavaText.comment(n)).append('\n');
        }
        return sb.append(JavaText.code(code)).toString();
    }

    private String byHand(DowngradeStep.ByHand step, boolean afterThrow) {
        String describe = step.upgradeOp().describe();
        String text = JavaText.comment("IRREVERSIBLE: " + step.reason() + ".") + '\n';
        if (afterThrow) {
            return text + JavaText.comment("Write the inverse of '" + describe + "' here by hand.");
        }
        text += JavaText.comment("Write the inverse of '" + describe + "' here by hand, then delete the throw"
                + " statement below and restore the commented-out steps after it.");
        CodeBlock thrown = CodeBlock.of("throw new IllegalStateException($Z$S);\n",
                "cannot downgrade " + className + ": write the inverse of '" + describe + "' by hand");
        return text + '\n' + JavaText.code(thrown);
    }

    /** Statements one per line; a block of several lines is set off by blank lines. */
    private static String join(List<String> blocks) {
        StringBuilder sb = new StringBuilder();
        boolean previousMultiLine = false;
        for (int i = 0; i < blocks.size(); i++) {
            String b = blocks.get(i).stripTrailing();
            boolean multiLine = b.indexOf('\n') >= 0;
            if (i > 0 && (multiLine || previousMultiLine)) {
                sb.append('\n');
            }
            sb.append(b).append('\n');
            previousMultiLine = multiLine;
        }
        return sb.toString();
    }
}
