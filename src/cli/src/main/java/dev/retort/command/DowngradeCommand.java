package dev.retort.command;

import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.OfflineScript;
import dev.retort.runtime.Project;
import dev.retort.runtime.StepResult;

import java.util.List;

/** {@code retort downgrade TARGET}: un-applies migrations down to {@code TARGET} ({@code -1}, a revision, {@code base}). */
public final class DowngradeCommand {
    private final Workspace ws;

    public DowngradeCommand(Workspace ws) {
        this.ws = ws;
    }

    public List<StepResult> run(String target) {
        Project project = ws.project();
        try (Database db = ws.openDatabase()) {
            List<StepResult> steps = new Migrator(project, db,
                    r -> ws.out().println(Describe.step(r, project.graph()))).downgrade(target);
            if (steps.isEmpty()) {
                ws.out().println("nothing to downgrade: the database is at " + target);
            }
            return steps;
        }
    }

    /** Offline: the SQL of {@code range} ({@code FROM:TO}), printed and returned. */
    public String sql(String range) {
        String script = new OfflineScript(ws.project(), ws.dialect(), ws.versionTable())
                .downgrade(OfflineScript.Range.parse(range, null, "downgrade"));
        ws.out().print(script);
        return script;
    }
}
