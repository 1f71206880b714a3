package dev.retort.diff;

import dev.retort.model.Sequence;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.DropSequence;
import dev.retort.ops.MigrationOp;

import java.util.List;

/** Sequences, by name: created, dropped (when {@link DiffOptions#dropUnknownSequences()}), or altered. */
final class SequenceComparator {

    void compare(DiffContext ctx, List<MigrationOp> out) {
        Named<Sequence> m = Named.match(ctx.desired().sequences(), ctx.actual().sequences(), Sequence::name);
        java.util.Map<String, Sequence> owned = SerialColumns.keptOwnedSequences(ctx);
        for (Sequence s : m.added()) {
            Sequence existing = owned.get(s.name());
            if (existing == null) {
                out.add(new CreateSequence(s));
            } else if (!existing.equals(s)) {
                out.add(new AlterSequence(s.name(), existing, s)); // a serial column's own sequence
            }
        }
        if (ctx.options().dropUnknownSequences()) {
            for (Sequence s : m.dropped()) {
                out.add(new DropSequence(s.name(), s));
            }
        }
        for (Named.Pair<Sequence> p : m.common()) {
            if (!p.same()) {
                out.add(new AlterSequence(p.desired().name(), p.actual(), p.desired()));
            }
        }
    }
}
