package dev.retort.diff;

import dev.retort.model.EnumType;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.MigrationOp;

import java.util.List;

/**
 * Enum types, by name: created, dropped (when {@link DiffOptions#dropUnknownEnumTypes()}), or changed in
 * their values ({@link EnumValuePlan}).
 */
final class EnumTypeComparator {

    void compare(DiffContext ctx, List<MigrationOp> out) {
        Named<EnumType> m = Named.match(ctx.desired().enums(), ctx.actual().enums(), EnumType::name);
        for (EnumType e : m.added()) {
            out.add(new CreateEnumType(e));
        }
        if (ctx.options().dropUnknownEnumTypes()) {
            for (EnumType e : m.dropped()) {
                out.add(new DropEnumType(e.name(), e));
            }
        }
        for (Named.Pair<EnumType> p : m.common()) {
            if (!EnumValuePlan.sameValues(p.desired(), p.actual())) { // a label order alone is no change
                out.addAll(EnumValuePlan.of(p.actual(), p.desired()));
            }
        }
    }
}
