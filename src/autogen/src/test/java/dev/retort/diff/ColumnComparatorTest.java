package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnComparatorTest {
    private final ColumnComparator columns = new ColumnComparator();

    private List<MigrationOp> diff(Column desired, Column actual) {
        return compare(columns, table("t", desired), table("t", actual));
    }

    @Test
    void addsAndDropsColumnsWithTheirDefinitions() {
        Column phone = col("phone", SqlType.withLength("varchar", 20)).withComment("mobile");
        Column fax = col("fax", TEXT);
        assertEquals(List.of(new DropColumn("t", "fax", fax), new AddColumn("t", phone)),
                compare(columns, table("t", notNull("id", INTEGER), phone), table("t", notNull("id", INTEGER), fax)));
    }

    @Test
    void typeChangesIncludeLengthPrecisionScaleTimeZoneAndArrays() {
        assertEquals(List.of(new AlterColumnType("t", "c", SqlType.withLength("varchar", 10),
                SqlType.withLength("varchar", 20), null)), diff(col("c", SqlType.withLength("varchar", 20)),
                col("c", SqlType.withLength("varchar", 10))));
        SqlType n102 = SqlType.withPrecision("numeric", 10, 2);
        SqlType n103 = SqlType.withPrecision("numeric", 10, 3);
        assertEquals(List.of(new AlterColumnType("t", "c", n102, n103, null)), diff(col("c", n103), col("c", n102)));
        SqlType ts = SqlType.withPrecision("timestamp", 6, null);
        SqlType tstz = SqlType.withPrecision("timestamptz", 6, null);
        assertEquals(List.of(new AlterColumnType("t", "c", ts, tstz, null)), diff(col("c", tstz), col("c", ts)));
        assertEquals(List.of(new AlterColumnType("t", "c", TEXT, TEXT.asArray(), null)),
                diff(col("c", TEXT.asArray()), col("c", TEXT)));
    }

    @Test
    void nullabilityDefaultIdentityAndComment() {
        assertEquals(List.of(new AlterColumnNullable("t", "c", false)), diff(notNull("c", TEXT), col("c", TEXT)));
        assertEquals(List.of(new AlterColumnDefault("t", "c", null, "'x'", true)),
                diff(col("c", TEXT).withDefault("'x'"), col("c", TEXT)));
        assertEquals(List.of(new AlterColumnIdentity("t", "c", Identity.byDefault(), Identity.generatedAlways())),
                diff(notNull("c", BIGINT).withIdentity(Identity.generatedAlways()),
                        notNull("c", BIGINT).withIdentity(Identity.byDefault())));
        assertEquals(List.of(new SetColumnComment("t", "c", "old", null, true)),
                diff(col("c", TEXT), col("c", TEXT).withComment("old")));
    }

    @Test
    void aTypeChangeDropsTheOldDefaultFirstAndSetsTheNewOneAfter() {
        List<MigrationOp> ops = diff(col("s", SqlType.of("e2")).withDefault("'a'::e2"),
                col("s", SqlType.of("e1")).withDefault("'a'::e1"));
        assertEquals(List.of(new AlterColumnType("t", "s", SqlType.of("e1"), SqlType.of("e2"), null),
                new AlterColumnDefault("t", "s", "'a'::e1", null, true),
                new AlterColumnDefault("t", "s", null, "'a'::e2", true)), ops);
    }

    @Test
    void aChangedGeneratedExpressionDropsAndAddsTheColumn() {
        Column before = col("total", INTEGER).withGenerated("a * 2");
        Column after = col("total", INTEGER).withGenerated("a * 3");
        assertEquals(List.of(new DropColumn("t", "total", before), new AddColumn("t", after)), diff(after, before));
        Column plain = col("total", INTEGER);
        assertEquals(List.of(new DropColumn("t", "total", plain), new AddColumn("t", after)), diff(after, plain));
    }

    @Test
    void equalColumnsGiveNothingWhateverTheirOrder() {
        assertEquals(List.of(), compare(columns, table("t", col("a", TEXT), col("b", TEXT)),
                table("t", col("b", TEXT), col("a", TEXT))));
    }
}
