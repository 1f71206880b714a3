package dev.retort.diff;

import dev.retort.model.Cast;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.Sequence;
import dev.retort.model.Deferrable;
import dev.retort.model.PrimaryKey;
import dev.retort.model.UniqueConstraint;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.ModelCodec;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The cache encoding of schema models: every component survives, and broken bytes are refused. */
class ModelCodecTest {

    @Test
    void randomAndShopModelsSurviveTheRoundTrip() {
        RandomModels random = new RandomModels(20261121L);
        for (int i = 0; i < 300; i++) {
            SchemaModel m = random.next();
            assertEquals(m, ModelCodec.decode(ModelCodec.encode(m)));
        }
        for (SchemaModel m : ShopModels.all()) {
            assertEquals(m, ModelCodec.decode(ModelCodec.encode(m)));
        }
    }

    @Test
    void everyOptionalComponentAndOddTextSurvives() {
        Table t = new Table("t", List.of(
                new Column("id", new SqlType("integer", null, null, null, 0), false, null,
                        new Identity(true, 100L, null), null, "ünïcödé \u0000 and 'quotes'"),
                new Column("g", new SqlType("numeric", null, 12, 2, 2), true, "0", null, "id * 2", null),
                new Column("e", new SqlType("mood", 40, null, null, 0), true, "'ok'::mood", null, null, "")),
                null, List.of(), List.of(), List.of(new ForeignKey("fk", List.of("id"), "u", List.of("id"),
                ReferentialAction.SET_DEFAULT, ReferentialAction.CASCADE)),
                List.of(new Index("ix", List.of(new IndexKey(null, "lower(e)", true), IndexKey.column("g")), true,
                        "g > 0", List.of("id"), "gist")), "x".repeat(100_000));
        SchemaModel m = new SchemaModel(List.of(t), List.of(), List.of(new EnumType("mood", List.of("ok"))), List.of(),
                List.of(Cast.implicitInout("varchar", "mood"), new Cast("mood", "varchar", Cast.Context.EXPLICIT,
                        Cast.Method.FUNCTION, "mood_text(mood)")));
        assertEquals(m, ModelCodec.decode(ModelCodec.encode(m)));
    }

    @Test
    void schemasOfTablesSequencesEnumsAndReferencesSurvive() {
        Table report = Table.of("report", List.of(Column.of("id", SqlType.of("bigint")))).withSchema("reporting")
                .withForeignKeys(List.of(new ForeignKey("fk", List.of("id"), "account", List.of("id"), null, null,
                        "billing")));
        SchemaModel m = new SchemaModel(List.of(report, Table.of("report", List.of(Column.of("id",
                SqlType.of("bigint"))))), List.of(new Sequence("report_seq", 1, 50, "reporting")),
                List.of(new EnumType("mood", List.of("ok"), "reporting")), List.of("billing", "reporting"));
        assertEquals(m, ModelCodec.decode(ModelCodec.encode(m)));
        // the same objects in the project's schema are another model, with other bytes
        assertFalse(Arrays.equals(ModelCodec.encode(m), ModelCodec.encode(m.relativeTo("reporting"))));
    }

    @Test
    void constraintIndexAndCollationAttributesSurvive() {
        Table t = new Table("t", List.of(Column.of("id", SqlType.of("integer")),
                Column.of("name", SqlType.withLength("varchar", 100)).withCollation("en_US.utf8")),
                new PrimaryKey("t_pkey", List.of("id"), Deferrable.INITIALLY_IMMEDIATE),
                List.of(new UniqueConstraint("uq", List.of("name"), Deferrable.INITIALLY_DEFERRED, true)), List.of(),
                List.of(new ForeignKey("fk", List.of("id"), "u", List.of("id"), null, null,
                        Deferrable.INITIALLY_DEFERRED, true)),
                List.of(new Index("ix", List.of(IndexKey.column("name").withCollation("C").withOpclass("text_pattern_ops"),
                        new IndexKey(null, "lower(name)", true, null, "extensions.gin_trgm_ops")), true, null, List.of(),
                        null, true, true)), null);
        SchemaModel m = new SchemaModel(List.of(t), List.of(), List.of());
        SchemaModel back = ModelCodec.decode(ModelCodec.encode(m));
        assertEquals(m, back);
        assertEquals(Deferrable.INITIALLY_DEFERRED, back.tables().get(0).uniques().get(0).deferrable());
        assertEquals("en_US.utf8", back.tables().get(0).columns().get(1).collation());
    }

    @Test
    void equalModelsEncodeToEqualBytesAndDifferentOnesDoNot() {
        SchemaModel a = ShopModels.v1();
        assertArrayEquals(ModelCodec.encode(a), ModelCodec.encode(ModelCodec.decode(ModelCodec.encode(a))));
        SchemaModel b = new SchemaModel(a.tables().subList(1, a.tables().size()), a.sequences(), a.enums());
        assertFalse(Arrays.equals(ModelCodec.encode(a), ModelCodec.encode(b)));
    }

    @Test
    void truncatedForeignAndTrailingBytesAreRefused() {
        byte[] bytes = ModelCodec.encode(ShopModels.v1());
        assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode(Arrays.copyOf(bytes, bytes.length - 3)));
        assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode(Arrays.copyOf(bytes, bytes.length + 1)));
        assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode("not a model".getBytes()));
        assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode(new byte[0]));
    }
}
