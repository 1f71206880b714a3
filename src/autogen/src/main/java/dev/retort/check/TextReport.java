package dev.retort.check;

import java.util.List;
import java.util.Map;

/** The plain-text form of a {@link DriftReport}, for terminals and CI logs. */
final class TextReport {
    private TextReport() {
    }

    static String render(DriftReport r) {
        StringBuilder sb = new StringBuilder();
        switch (r.status()) {
            case IN_SYNC -> sb.append("No drift: the entities match the database at ")
                    .append(r.databaseHeads().isEmpty() ? "base (no migrations yet)" : "head " + r.databaseHeads())
                    .append('.').append('\n');
            case DRIFT -> {
                sb.append("Drift: the entities differ from the migrations. The next migration would contain ")
                        .append(r.items().size()).append(r.items().size() == 1 ? " operation" : " operations")
                        .append(":\n");
                for (Map.Entry<String, List<DriftItem>> e : r.byTable().entrySet()) {
                    sb.append('\n').append(e.getKey().isEmpty() ? "schema" : "table " + e.getKey()).append('\n');
                    for (DriftItem i : e.getValue()) {
                        sb.append("  - ").append(i.summary()).append('\n');
                        for (String w : i.warnings()) {
                            sb.append("      ! ").append(w).append('\n');
                        }
                    }
                }
                sb.append("\nRun: retort revision --autogenerate -m \"<message>\" and commit the migration.\n");
            }
            default -> {
                sb.append("Check failed (").append(r.status().jsonName().replace('_', ' ')).append("):\n");
                for (String p : r.problems()) {
                    sb.append("  - ").append(p).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
