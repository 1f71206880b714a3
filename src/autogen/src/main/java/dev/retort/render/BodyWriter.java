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
 *
 * <p>One Java method holds at most 64 KB of bytecode, which an initial migration of some hundreds of tables
 * exceeds. A body whose code is longer than {@link #PART_BUDGET} characters is therefore cut, between
 * statements, into parts of at most that size: the body calls {@code upgradePart1(op)}, {@code upgradePart2(op)},
 * ... in order, and each part is a {@code private static} method of the class ({@link Body#parts()}). Comments
 * do not count: they compile to nothing.
 */
final class BodyWriter {
    private final String className;
    private final Imports imports;

    /**
     * Most characters of code (comments aside) in one method. Generated code compiles to fewer bytes than it has
     * characters (a {@code column("name", varchar(40)).notNull(),} line of 46 characters is about 25 bytes of
     * bytecode), so a part stays far below the 64 KB limit.
     */
    static final int PART_BUDGET = 24_000;

    /**
     * A method body and the part methods it calls.
     *
     * @param statements the body
     * @param parts      the {@code private static void <method>PartN(Operations op)} methods the body calls, each
     *                   preceded by a blank line, at class level without indentation; empty when the body fits in
     *                   one method
     */
    record Body(String statements, String parts) {
    }

    BodyWriter(String className, Imports imports) {
        this.className = className;
        this.imports = imports;
    }

    /** The body that runs {@code ops}. */
    Body upgrade(List<MigrationOp> ops) {
        return split("upgrade", blocks(DowngradeStep.explicit(ops), true));
    }

    /** The body that runs {@code steps}. */
    Body downgrade(List<DowngradeStep> steps) {
        return split("downgrade", blocks(steps, false));
    }

    /**
     * @param upgrade whether these are the upgrade's steps; an assumed rename is reviewed there only (the
     *                downgrade's rename merely undoes it)
     */
    private List<String> blocks(List<DowngradeStep> steps, boolean upgrade) {
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
                List<Risk> shown = risks.get(next++).stream()
                        .filter(risk -> upgrade || !renameReview(risk.kind())).toList();
                block = statement(r.op(), shown).stripTrailing();
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
        return blocks;
    }

    /** Rename reviews belong to the upgrade: the downgrade's rename or drop merely undoes it. */
    private static boolean renameReview(dev.retort.ops.review.RiskKind kind) {
        return kind == dev.retort.ops.review.RiskKind.ASSUMED_RENAME || kind == dev.retort.ops.review.RiskKind.POSSIBLE_RENAME;
    }

    /** The blocks as one body, or, when longer than {@link #PART_BUDGET}, as a body calling part methods. */
    private static Body split(String method, List<String> blocks) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        int size = 0;
        int total = 0;
        for (String b : blocks) {
            int n = codeLength(b);
            if (!part.isEmpty() && size + n > PART_BUDGET) {
                parts.add(part);
                part = new ArrayList<>();
                size = 0;
            }
            part.add(b);
            size += n;
            total += n;
        }
        if (total <= PART_BUDGET) {
            return new Body(join(blocks), "");
        }
        parts.add(part);
        StringBuilder calls = new StringBuilder(JavaText.comment("A Java method holds at most 64 KB of bytecode: this "
                + method + " runs in " + parts.size() + " parts.")).append('\n');
        StringBuilder methods = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            calls.append(method).append("Part").append(i + 1).append("(op);\n");
            methods.append('\n').append("private static void ").append(method).append("Part").append(i + 1)
                    .append("(Operations op) {\n");
            for (String line : join(parts.get(i)).split("\n", -1)) {
                if (!line.isEmpty()) {
                    methods.append(JavaText.INDENT).append(line);
                }
                methods.append('\n');
            }
            methods.setLength(methods.length() - 1);
            methods.append("}\n");
        }
        return new Body(calls.toString(), methods.toString());
    }

    /** Characters of {@code block} outside {@code //} comment lines. */
    private static int codeLength(String block) {
        int n = 0;
        for (String line : block.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("//")) {
                n += t.length() + 1;
            }
        }
        return n;
    }

    private String statement(MigrationOp op, List<Risk> risks) {
        CodeBlock code = op.accept(new OpCode(new ElementCode(imports)));
        StringBuilder sb = new StringBuilder();
        for (Risk r : risks) {
            sb.append(JavaText.comment(r.message())).append('\n');
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
