package dev.retort.command;

import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.OfflineScript;
import dev.retort.runtime.Project;
import dev.retort.runtime.StepResult;

import java.util.List;

/** {@code retort upgrade [TARGET]}: applies migrations up to {@code TARGET} (default {@code heads}). */
public final class UpgradeCommand {
    public static final String DEFAULT_TARGET = "heads";
    private final Workspace ws;

    public UpgradeCommand(Workspace ws) {
        this.ws = ws;
    }

    public List<StepResult> run(String target) {
        Project project = ws.project();
        try (Database db = ws.openDatabase()) {
            List<StepResult> steps = new Migrator(project, db,
                    r -> ws.out().println(Describe.step(r, project.graph()))).upgrade(target);
            if (steps.isEmpty()) {
                ws.out().println("nothing to upgrade: the database is at " + target);
            }
            return steps;
        }
    }

    /** Offline: the SQL of {@code range} ({@code FROM:TO}, or {@code TO} from base), printed and returned. */
    public String sql(String range) {
        Project project = ws.project();
        String script = new OfflineScript(project, ws.dialect(), ws.versionTable())
                .upgrade(OfflineScript.Range.parse(range, "base", "upgrade"));
        ws.out().print(script);
        return script;
    }
}
