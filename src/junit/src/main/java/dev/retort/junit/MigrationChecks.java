package dev.retort.junit;

import dev.retort.check.DriftReport;
import dev.retort.check.ReportFormat;
import dev.retort.command.CheckCommand;
import dev.retort.command.HeadGuard;
import dev.retort.command.Stairway;
import dev.retort.errors.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the tests of {@link RetortMigrationTests} do, with the commands' own checks and words. */
final class MigrationChecks {
    private MigrationChecks() {
    }

    static void singleHead(RetortDatabase db) {
        RevisionGraph g = db.project().graph();
        String multiple = HeadGuard.multipleHeads(g);
        if (multiple != null) {
            List<String> heads = List.copyOf(HeadGuard.heads(g));
            throw new AssertionFailedError(report(new DriftReport(DriftReport.Status.MULTIPLE_HEADS, List.of(), heads,
                    List.of(), List.of(multiple + "; the heads: " + describe(g, heads)))));
        }
    }

    static void upgradesFromBaseToHead(RetortDatabase db) {
        RevisionGraph g = db.project().graph();
        Set<String> done = new HashSet<>();
        db.resetIfTouched();
        try (Database d = db.open()) {
            new Migrator(db.project(), d, step -> done.add(step.revision())).upgrade("heads");
        } catch (RetortException e) {
            RevisionInfo failed = g.upgradePath(Set.of(), "heads").stream()
                    .filter(r -> !done.contains(r.id())).findFirst().orElse(null);
            throw new AssertionFailedError("upgrade from base to heads fails"
                    + (failed == null ? "" : " at " + name(failed)) + ": " + e.getMessage(), e);
        } finally {
            db.markTouched();
        }
    }

    static Stream<DynamicTest> stairway(RetortDatabase db) {
        RevisionGraph g = db.project().graph();
        List<RevisionInfo> path = g.upgradePath(Set.of(), "heads");
        Database d = db.open();
        db.markTouched();
        Stairway stairway = db.workspace().settings().entities().isEmpty() ? new Stairway(db.workspace(), d)
                : Stairway.forEntities(db.workspace(), d);
        List<String> heads = List.copyOf(HeadGuard.heads(g));
        return path.stream().map(r -> DynamicTest.dynamicTest(name(r), () -> {
            List<String> problems = stairway.step(r);
            if (!problems.isEmpty()) {
                throw new AssertionFailedError(report(new DriftReport(DriftReport.Status.STAIRWAY_FAILED,
                        List.of(), heads, List.of(), problems)));
            }
        })).onClose(d::close);
    }

    static void entitiesMatchHead(RetortDatabase db) {
        db.upgrade("heads");
        DriftReport report;
        try (Database d = db.open()) {
            report = new CheckCommand(db.workspace()).against(d);
        }
        if (report.status() != DriftReport.Status.IN_SYNC) {
            RevisionGraph g = db.project().graph();
            throw new AssertionFailedError("the entities do not match head "
                    + describe(g, report.migrationHeads()) + ":\n" + report(report));
        }
    }

    private static String report(DriftReport r) {
        return ReportFormat.TEXT.render(r).stripTrailing();
    }

    private static String describe(RevisionGraph g, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(g.contains(id) ? name(g.get(id)) : id);
        }
        return out.isEmpty() ? "base" : out.stream().collect(Collectors.joining(", "));
    }

    static String name(RevisionInfo r) {
        String file = r.source() == null ? "" : " (" + r.source() + ")";
        return "revision " + r.id() + file;
    }
}
