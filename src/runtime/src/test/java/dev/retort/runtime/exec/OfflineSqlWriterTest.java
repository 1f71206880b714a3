package dev.retort.runtime.exec;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.model.Column;
import dev.retort.model.SqlType;
import dev.retort.ops.AddColumn;
import dev.retort.ops.DropEnumValue;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.RunJdbc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineSqlWriterTest {
    private final OfflineSqlWriter writer = new OfflineSqlWriter(new PostgresDialect());

    @Test
    void eachOperationIsACommentThenItsStatementsEndedBySemicolons() {
        String sql = writer.render(List.of(
                new AddColumn("user", Column.of("order", SqlType.of("text")).withComment("n'th")),
                new ExecuteSql("UPDATE \"user\" SET \"order\" = 'x';  \n", null),
                new RunJdbc("seed\nusers", c -> { })));
        assertEquals("""
                -- add column user.order text
                ALTER TABLE "user" ADD COLUMN "order" text;
                COMMENT ON COLUMN "user"."order" IS 'n''th';

                -- execute UPDATE "user" SET "order" = 'x';
                UPDATE "user" SET "order" = 'x';

                -- run seed users
                -- JDBC step 'seed users' cannot run offline: run this migration online, or do the step by hand

                """, sql);
    }

    @Test
    void doBlocksArePrintedWhole() {
        String sql = writer.render(List.of(new DropEnumValue("mood", "sad", null, null)));
        String block = new PostgresDialect().toSql(new DropEnumValue("mood", "sad", null, null)).get(0);
        assertEquals("-- drop value 'sad' from enum type mood\n" + block + ";\n\n", sql);
        assertTrue(sql.contains("\n$retort$;\n"), sql);
    }
}
