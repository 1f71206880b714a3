package dev.retort.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code retort check}: whether the entities and the database at head agree, and if not,
 * what the next migration would contain. Also carries the problems that stop a comparison (several
 * heads, a database not at head) and any stairway failures found by {@code check --ci}.
 */
public record DriftReport(Status status, List<String> databaseHeads, List<String> migrationHeads,
                          List<DriftItem> items, List<String> problems) {

    /** The outcome, with its exit code (the same as {@code dev.retort.errors.ErrorKind}'s, see docs/exit-codes.md). */
    public enum Status {
        IN_SYNC(0), DRIFT(1), MULTIPLE_HEADS(13), NOT_AT_HEAD(14), STAIRWAY_FAILED(15);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DriftReport {
        databaseHeads = List.copyOf(databaseHeads);
        migrationHeads = List.copyOf(migrationHeads);
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** Items grouped by table in first-seen order; schema-level items under the key {@code ""}. */
    public Map<String, List<DriftItem>> byTable() {
        Map<String, List<DriftItem>> out = new LinkedHashMap<>();
        for (DriftItem i : items) {
            out.computeIfAbsent(i.table() == null ? "" : i.table(), k -> new ArrayList<>()).add(i);
        }
        return out;
    }
}
