package dev.retort.render;

import dev.retort.runtime.exec.OperationRecorder;

import dev.retort.testing.InMemoryCompiler;

import dev.retort.api.Migration;
import dev.retort.api.Revision;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.Ops;
import dev.retort.ops.RunJdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class MigrationWriterGoldenTest {

    static List<RenderCases.RenderCase> cases() {
        return RenderCases.all();
    }

    private static String render(RenderCases.RenderCase c) {
        return new MigrationWriter().render(c.header(), c.upgrade());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersGoldenText(RenderCases.RenderCase c) {
        GoldenFiles.assertMatches(MigrationNames.fileName(c.className()), render(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renderedClassCompilesAndReplaysItsOperations(RenderCases.RenderCase c, @TempDir Path out)
            throws ReflectiveOperationException {
        Class<?> type = InMemoryCompiler.compile(c.className(), render(c), out);
        Migration migration = (Migration) type.getDeclaredConstructor().newInstance();
        assertEquals(c.header().revisionId(), type.getAnnotation(Revision.class).id());

        OperationRecorder up = new OperationRecorder(false);
        migration.upgrade(up);
        assertEquals(ApiView.of(c.upgrade()), ApiView.of(up.ops()), "upgrade of " + c);

        List<DowngradeStep> steps = DowngradeStep.of(c.upgrade());
        OperationRecorder down = new OperationRecorder(false);
        int byHand = indexOfFirstByHand(steps);
        if (byHand < 0) {
            migration.downgrade(down);
            assertEquals(ApiView.of(Ops.reverse(c.upgrade())), ApiView.of(down.ops()), "downgrade of " + c);
        } else {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> migration.downgrade(down));
            MigrationOp irreversible = ((DowngradeStep.ByHand) steps.get(byHand)).upgradeOp();
            assertTrue(e.getMessage().contains(irreversible.describe()), e.getMessage());
            List<MigrationOp> before = steps.subList(0, byHand).stream()
                    .map(s -> ((DowngradeStep.Reverse) s).op()).toList();
            assertEquals(ApiView.of(before), ApiView.of(down.ops()), "downgrade steps before the throw of " + c);
        }
    }

    private static int indexOfFirstByHand(List<DowngradeStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof DowngradeStep.ByHand) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void casesUseEveryOperationKind() {
        Set<Class<?>> used = new HashSet<>();
        for (RenderCases.RenderCase c : cases()) {
            c.upgrade().forEach(op -> used.add(op.getClass()));
        }
        Set<Class<?>> all = Set.of(MigrationOp.class.getPermittedSubclasses());
        Set<Class<?>> missing = new HashSet<>(all);
        missing.removeAll(used);
        assertEquals(Set.of(), missing, "operation kinds without a golden case");
    }

    @Test
    void renderingIsDeterministic() {
        for (RenderCases.RenderCase c : cases()) {
            String first = render(c);
            for (int i = 0; i < 3; i++) {
                assertEquals(first, render(RenderCases.all().stream()
                        .filter(x -> x.className().equals(c.className())).findFirst().orElseThrow()));
            }
        }
    }

    @Test
    void jdbcWorkCannotBeReversedSoTheDowngradeSaysWhatToWrite() {
        String source = render(RenderCases.all().get(4));
        assertTrue(source.contains("// IRREVERSIBLE: cannot reverse 'drop column customers.fax'"), source);
        assertTrue(source.contains("throw new IllegalStateException("), source);
        assertTrue(source.contains("// op.dropColumn(\"customers\", \"mobile\");"), source);
        assertFalse(new MigrationWriter().render(RenderCases.all().get(0).header(),
                List.of(new RunJdbc("x", c -> { }))).contains("UnsupportedOperationException"));
    }
}
