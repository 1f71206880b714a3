package dev.retort.command;

import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.OfflineScript;
import dev.retort.runtime.Project;

import java.util.List;
import java.util.SortedSet;

/** {@code retort stamp TARGET [--purge]}: records a revision as applied without running migrations. */
public final class StampCommand {
    private final Workspace ws;

    public StampCommand(Workspace ws) {
        this.ws = ws;
    }

    public SortedSet<String> run(List<String> targets, boolean purge) {
        Project project = ws.project();
        try (Database db = ws.openDatabase()) {
            SortedSet<String> heads = new Migrator(project, db, r -> { }).stamp(targets, purge);
            ws.out().println("stamped " + (heads.isEmpty() ? "base" : String.join(", ", heads)));
            return heads;
        }
    }

    public String sql(String target) {
        String script = new OfflineScript(ws.project(), ws.dialect(), ws.versionTable()).stamp(target);
        ws.out().print(script);
        return script;
    }
}
