package dev.retort.runtime.exec;

import dev.retort.dialect.Dialect;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RunJdbc;

import java.util.List;
import java.util.Objects;

/**
 * Renders operations as an SQL script for offline ({@code --sql}) mode: a comment naming each operation,
 * then its statements, each ended with {@code ;}. JDBC work cannot run offline and becomes a comment.
 */
public final class OfflineSqlWriter {
    private final Dialect dialect;

    public OfflineSqlWriter(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    public String render(List<? extends MigrationOp> ops) {
        StringBuilder out = new StringBuilder();
        for (MigrationOp op : ops) {
            write(op, out);
        }
        return out.toString();
    }

    public void write(MigrationOp op, StringBuilder out) {
        out.append("-- ").append(oneLine(op.describe())).append('\n');
        if (op instanceof RunJdbc jdbc) {
            out.append("-- JDBC step '").append(oneLine(jdbc.description()))
                    .append("' cannot run offline: run this migration online, or do the step by hand\n");
        }
        for (String sql : dialect.toSql(op)) {
            out.append(SqlTerminator.terminate(sql)).append('\n');
        }
        out.append('\n');
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
