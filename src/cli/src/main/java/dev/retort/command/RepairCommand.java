package dev.retort.command;

import dev.retort.runtime.ChecksumRepair;
import dev.retort.runtime.Database;

import java.util.List;

/** {@code retort repair REVISION...}: accepts deliberate edits of applied migrations (see {@link ChecksumRepair}). */
public final class RepairCommand {
    private final Workspace ws;

    public RepairCommand(Workspace ws) {
        this.ws = ws;
    }

    public List<ChecksumRepair.Outcome> run(List<String> revisions) {
        try (Database db = ws.openDatabase()) {
            List<ChecksumRepair.Outcome> outcomes = new ChecksumRepair(ws.project(), db).repair(revisions);
            for (ChecksumRepair.Outcome o : outcomes) {
                ws.out().println(o.changed()
                        ? "repaired " + o.revision() + " (" + o.source() + "): " + o.auditLine()
                        : "unchanged " + o.revision() + " (" + o.source() + "): its checksum already matches");
            }
            return outcomes;
        }
    }
}
