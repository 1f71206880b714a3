package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.Project;
import dev.retort.runtime.StepResult;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code retort reset --yes}: drops what the migrations built (downgrade to base), then applies them all
 * again (upgrade to heads). Destroys data, so it refuses without {@code --yes}.
 */
public final class ResetCommand {
    private final Workspace ws;

    public ResetCommand(Workspace ws) {
        this.ws = ws;
    }

    public List<StepResult> run(boolean yes) {
        if (!yes) {
            throw new RetortException(ErrorKind.USAGE, "reset downgrades to base and deletes the data in every table "
                    + "the migrations created; run 'retort reset --yes' if that is what you want");
        }
        Project project = ws.project();
        try (Database db = ws.openDatabase()) {
            Migrator m = new Migrator(project, db, r -> ws.out().println(Describe.step(r, project.graph())));
            List<StepResult> steps = new ArrayList<>(m.downgrade("base"));
            steps.addAll(m.upgrade("heads"));
            return steps;
        }
    }
}
