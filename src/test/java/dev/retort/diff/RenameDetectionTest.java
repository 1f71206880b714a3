package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.PrimaryKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.ops.AddColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.review.RiskKind;
import dev.retort.ops.review.Risks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenameDetectionTest {
    private static final SqlType V32 = SqlType.withLength("varchar", 32);
    private static final Column ID = Column.of("id", SqlType.of("bigint")).withNullable(false);

    private static SchemaModel users(Column... extra) {
        List<Column> columns = new java.util.ArrayList<>(List.of(ID));
        columns.addAll(List.of(extra));
        return new SchemaModel(List.of(Table.of("users", columns).withPrimaryKey(new PrimaryKey("users_pkey", List.of("id")))),
                List.of(), List.of());
    }

    @Test
    void aColumnDroppedAndAMatchingOneAddedIsARename() {
        List<MigrationOp> ops = SchemaDiff.diff(users(Column.of("mobile", V32).withComment("E.164")),
                users(Column.of("phone", V32).withComment("E.164")));
        assertEquals(List.of(new RenameColumn("users", "phone", "mobile")), ops);
        assertEquals(RiskKind.ASSUMED_RENAME, Risks.assess(ops).get(0).kind());
        assertTrue(Risks.assess(ops).get(0).message().contains("op.dropColumn"), Risks.assess(ops).get(0).message());
    }

    @Test
    void aDifferentTypeIsNotARename() {
        List<MigrationOp> ops = SchemaDiff.diff(users(Column.of("mobile", SqlType.withLength("varchar", 40))),
                users(Column.of("phone", V32)));
        assertEquals(2, ops.size(), ops.toString());
        assertTrue(ops.stream().anyMatch(o -> o instanceof DropColumn) && ops.stream().anyMatch(o -> o instanceof AddColumn));
    }

    @Test
    void twoCandidatesInOneTableAreLeftAsDropAndAdd() {
        List<MigrationOp> ops = SchemaDiff.diff(users(Column.of("a2", V32), Column.of("b2", V32)),
                users(Column.of("a1", V32), Column.of("b1", V32)));
        assertTrue(ops.stream().noneMatch(o -> o instanceof RenameColumn), ops.toString());
        assertEquals(4, ops.size());
    }

    @Test
    void detectionCanBeSwitchedOff() {
        List<MigrationOp> ops = SchemaDiff.diff(users(Column.of("mobile", V32)), users(Column.of("phone", V32)),
                DiffOptions.defaults().withDetectRenames(false));
        assertTrue(ops.stream().noneMatch(o -> o instanceof RenameColumn), ops.toString());
    }
}
