package dev.retort.render;

import dev.retort.ops.IrreversibleOperationException;
import dev.retort.ops.MigrationOp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One step of a downgrade: the reverse of an upgrade operation, or, when that operation cannot be reversed,
 * a step someone must write by hand.
 */
public sealed interface DowngradeStep {

    /** The operation that undoes an upgrade operation. */
    record Reverse(MigrationOp op) implements DowngradeStep {
        public Reverse {
            Objects.requireNonNull(op, "op");
        }
    }

    /**
     * An upgrade operation that has no automatic inverse.
     *
     * @param upgradeOp the operation of the upgrade
     * @param reason    why it cannot be reversed
     */
    record ByHand(MigrationOp upgradeOp, String reason) implements DowngradeStep {
        public ByHand {
            Objects.requireNonNull(upgradeOp, "upgradeOp");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The downgrade of {@code upgrade}: each operation's reverse in reverse order, as
     * {@link dev.retort.ops.Ops#reverse} computes it, except that an operation whose
     * {@link MigrationOp#reverse()} fails becomes a {@link ByHand} step instead of failing the whole list.
     */
    static List<DowngradeStep> of(List<MigrationOp> upgrade) {
        List<DowngradeStep> out = new ArrayList<>(upgrade.size());
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            MigrationOp op = upgrade.get(i);
            try {
                out.add(new Reverse(op.reverse()));
            } catch (IrreversibleOperationException e) {
                out.add(new ByHand(op, e.getMessage()));
            }
        }
        return List.copyOf(out);
    }

    /** The steps of an explicit downgrade list, every one a {@link Reverse}. */
    static List<DowngradeStep> explicit(List<MigrationOp> downgrade) {
        return downgrade.stream().<DowngradeStep>map(Reverse::new).toList();
    }
}
