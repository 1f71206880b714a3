package dev.retort.check;

import java.util.List;
import java.util.Map;

/** The Markdown form of a {@link DriftReport}, for pull-request comments. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(DriftReport r) {
        StringBuilder sb = new StringBuilder("## Retort schema check\n\n");
        switch (r.status()) {
            case IN_SYNC -> sb.append(":white_check_mark: The entities match the migrations (head ")
                    .append(code(String.join(", ", r.databaseHeads()))).append(").\n");
            case DRIFT -> {
                sb.append(":x: **Drift.** The entities changed without a matching migration. ")
                        .append("The next migration would contain:\n");
                for (Map.Entry<String, List<DriftItem>> e : r.byTable().entrySet()) {
                    sb.append("\n### ").append(e.getKey().isEmpty() ? "Schema" : "Table " + code(e.getKey()))
                            .append("\n\n");
                    for (DriftItem i : e.getValue()) {
                        sb.append("- ").append(escape(i.summary())).append('\n');
                        for (String w : i.warnings()) {
                            sb.append("  - :warning: ").append(escape(w)).append('\n');
                        }
                    }
                }
                sb.append("\nFix: run `retort revision --autogenerate -m \"...\"`, review the file and commit it.\n");
            }
            default -> {
                sb.append(":x: **Check failed: ").append(r.status().jsonName().replace('_', ' ')).append("**\n\n");
                for (String p : r.problems()) {
                    sb.append("- ").append(escape(p)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String code(String s) {
        return "`" + s.replace("`", "'") + "`";
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
    }
}
