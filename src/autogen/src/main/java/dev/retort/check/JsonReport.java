package dev.retort.check;

import java.util.List;

/**
 * The JSON form of a {@link DriftReport}. Its shape is stable and documented in
 * {@code docs/commands.md}:
 * <pre>{@code
 * {"version":1,"status":"drift","exitCode":1,"databaseHeads":["..."],"migrationHeads":["..."],
 *  "problems":["..."],
 *  "operations":[{"table":"users","kind":"add_column","summary":"...","warnings":["..."]}]}
 * }</pre>
 */
final class JsonReport {
    private JsonReport() {
    }

    static String render(DriftReport r) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"version\": 1,\n");
        sb.append("  \"status\": ").append(str(r.status().jsonName())).append(",\n");
        sb.append("  \"exitCode\": ").append(r.status().exitCode()).append(",\n");
        sb.append("  \"databaseHeads\": ").append(strings(r.databaseHeads())).append(",\n");
        sb.append("  \"migrationHeads\": ").append(strings(r.migrationHeads())).append(",\n");
        sb.append("  \"problems\": ").append(strings(r.problems())).append(",\n");
        sb.append("  \"operations\": [");
        for (int i = 0; i < r.items().size(); i++) {
            DriftItem it = r.items().get(i);
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("    {\"table\": ").append(it.table() == null ? "null" : str(it.table()))
                    .append(", \"kind\": ").append(str(it.kind()))
                    .append(", \"summary\": ").append(str(it.summary()))
                    .append(", \"warnings\": ").append(strings(it.warnings())).append('}');
        }
        sb.append(r.items().isEmpty() ? "]\n" : "\n  ]\n");
        return sb.append("}\n").toString();
    }

    private static String strings(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(str(values.get(i)));
        }
        return sb.append(']').toString();
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
