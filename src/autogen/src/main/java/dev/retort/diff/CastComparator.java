package dev.retort.diff;

import dev.retort.model.Cast;
import dev.retort.model.EnumType;
import dev.retort.model.SchemaModel;
import dev.retort.ops.CreateCast;
import dev.retort.ops.DropCast;
import dev.retort.ops.MigrationOp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The casts between {@code varchar} and the enum types, per enum type the entities have: a missing cast is created
 * (a database Hibernate did not build lacks them), an unwanted one dropped, and one whose method or context
 * differs dropped and created again. The casts of an enum type that is dropped are dropped first (PostgreSQL
 * refuses to drop a type casts depend on), so that the downgrade creates them again. The casts of a type the
 * entities do not know, and that stays, are left alone, as the type is.
 */
final class CastComparator {

    void compare(DiffContext ctx, List<MigrationOp> out) {
        SchemaModel desired = ctx.desired();
        SchemaModel actual = ctx.actual();
        Set<String> wanted = names(desired);
        TreeSet<String> types = new TreeSet<>(wanted);
        if (ctx.options().dropUnknownEnumTypes()) {
            types.addAll(names(actual));
        }
        for (String type : types) {
            List<Cast> want = wanted.contains(type) ? desired.castsOf(type) : List.of();
            List<Cast> have = actual.castsOf(type);
            // from varchar first, as Hibernate creates them
            compare(find(want, Cast.VARCHAR, type), find(have, Cast.VARCHAR, type), out);
            compare(find(want, type, Cast.VARCHAR), find(have, type, Cast.VARCHAR), out);
        }
    }

    private static void compare(Optional<Cast> want, Optional<Cast> have, List<MigrationOp> out) {
        if (Objects.equals(want, have)) {
            return;
        }
        have.ifPresent(c -> out.add(new DropCast(c.source(), c.target(), c)));
        want.ifPresent(c -> out.add(new CreateCast(c)));
    }

    private static Optional<Cast> find(List<Cast> casts, String source, String target) {
        return casts.stream().filter(c -> c.source().equals(source) && c.target().equals(target)).findFirst();
    }

    private static Set<String> names(SchemaModel m) {
        return m.enums().stream().map(EnumType::name).collect(Collectors.toSet());
    }
}
