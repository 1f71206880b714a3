import dev.retort.Retort;
import dev.retort.runtime.StepResult;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.List;

/** An application that migrates its database at start-up with Retort's runtime, and nothing else of Retort's. */
public final class App {
    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[0]);
        List<StepResult> steps = Retort.builder(dataSource).packageName(args[1]).build().upgrade("heads");
        for (StepResult step : steps) {
            System.out.println("applied " + step.revision());
        }
    }
}
