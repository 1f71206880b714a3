package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.Project;
import dev.retort.runtime.StepResult;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code retort reset --yes=NAME}: drops what the migrations built (downgrade to base), then applies them
 * all again (upgrade to heads). Destroys data, so on a configured database it runs only when the
 * database's name is typed back; Retort's own embedded database needs only {@code --yes}.
 */
public final class ResetCommand {
    private final Workspace ws;

    public ResetCommand(Workspace ws) {
        this.ws = ws;
    }

    /** @param yes the value of {@code --yes}: null when absent, empty for a bare {@code --yes} */
    public List<StepResult> run(String yes) {
        boolean embedded = ws.settings().databaseUrl() == null;
        if (yes == null) {
            throw new RetortException(ErrorKind.USAGE, "reset downgrades to base and deletes the data in every table "
                    + "the migrations created; to confirm, type the database's name back: 'retort reset --yes=NAME'"
                    + (embedded ? " (for the embedded database, 'retort reset --yes' is enough)" : ""));
        }
        Project project = ws.project();
        try (Database db = ws.openDatabase()) {
            if (!embedded) {
                String name = db.read(c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
                if (!yes.equals(name)) {
                    throw new RetortException(ErrorKind.USAGE, "reset would delete the data of database '" + name
                            + "' (" + db.display() + ")" + (yes.isEmpty() ? "" : ", not of '" + yes + "'")
                            + "; to confirm, type its name back: 'retort reset --yes=" + name + "'. Nothing was changed.");
                }
            }
            Migrator m = new Migrator(project, db, r -> ws.out().println(Describe.step(r, project.graph())));
            List<StepResult> steps = new ArrayList<>(m.downgrade("base"));
            steps.addAll(m.upgrade("heads"));
            return steps;
        }
    }

    /** The former confirmation flag: {@code true} is a bare {@code --yes}. */
    public List<StepResult> run(boolean yes) {
        return run(yes ? "" : null);
    }
}
