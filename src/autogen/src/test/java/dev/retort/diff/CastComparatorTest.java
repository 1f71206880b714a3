package dev.retort.diff;

import dev.retort.model.Cast;
import dev.retort.model.EnumType;
import dev.retort.model.SchemaModel;
import dev.retort.ops.CreateCast;
import dev.retort.ops.DropCast;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.MigrationOp;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which casts between varchar and the enum types the diff creates, drops, or leaves alone. */
class CastComparatorTest {
    private static final EnumType STATUS = new EnumType("status", List.of("new", "paid"));
    private static final EnumType LEGACY = new EnumType("legacy", List.of("a"));

    private static SchemaModel enums(List<EnumType> enums, List<Cast> casts) {
        return new SchemaModel(List.of(), List.of(), enums, List.of(), casts);
    }

    @Test
    void aTypeWithoutItsCastsGetsThem() {
        List<MigrationOp> ops = SchemaDiff.diff(enums(List.of(STATUS), Cast.namedEnumCasts("status")),
                enums(List.of(STATUS), List.of()));
        assertEquals(List.of(new CreateCast(Cast.implicitInout("varchar", "status")),
                new CreateCast(Cast.implicitInout("status", "varchar"))), ops);
    }

    @Test
    void castsTheEntitiesDoNotWantAreDropped() {
        List<MigrationOp> ops = SchemaDiff.diff(enums(List.of(STATUS), List.of()),
                enums(List.of(STATUS), Cast.namedEnumCasts("status")));
        assertEquals(List.of(new DropCast("varchar", "status", Cast.implicitInout("varchar", "status")),
                new DropCast("status", "varchar", Cast.implicitInout("status", "varchar"))), ops);
    }

    @Test
    void theCastsOfATypeThatIsDroppedGoFirst() {
        List<MigrationOp> ops = SchemaDiff.diff(enums(List.of(), List.of()),
                enums(List.of(LEGACY), Cast.namedEnumCasts("legacy")));
        assertEquals(List.of(new DropCast("varchar", "legacy", Cast.implicitInout("varchar", "legacy")),
                new DropCast("legacy", "varchar", Cast.implicitInout("legacy", "varchar")),
                new DropEnumType("legacy", LEGACY)), ops);
    }

    @Test
    void castsOfATypeTheEntitiesDoNotKnowAreLeftAloneWhenTheTypeStays() {
        DiffOptions keep = DiffOptions.defaults().withDropUnknown(false);
        assertEquals(List.of(), SchemaDiff.diff(enums(List.of(STATUS), Cast.namedEnumCasts("status")),
                enums(List.of(STATUS, LEGACY), concat(Cast.namedEnumCasts("status"), Cast.namedEnumCasts("legacy"))),
                keep));
    }

    private static List<Cast> concat(List<Cast> a, List<Cast> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
