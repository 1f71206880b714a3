package dev.retort.render;

import com.palantir.javapoet.CodeBlock;
import dev.retort.api.Operations;
import dev.retort.model.Table;
import dev.retort.ops.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes one operation as the {@link Operations} call that records it, e.g.
 * {@code op.addColumn("users", column("phone", varchar(20)));}. A {@code createTable} puts each element on
 * its own line, indented twice. Arguments are separated by {@code ,$W} and chained calls preceded by
 * {@code $Z}, so JavaPoet wraps a long call at 100 columns. Every statement ends with {@code ;} and a
 * line end. An operation in another schema than the project's is called on {@code op.inSchema("reporting")}.
 */
final class OpCode implements OpVisitor<CodeBlock> {
    private final ElementCode el;
    /** What the calls are made on: {@code op}, or {@code op.inSchema("reporting")}. */
    private final CodeBlock receiver;

    OpCode(ElementCode elements) {
        this(elements, CodeBlock.of("op"));
    }

    private OpCode(ElementCode elements, CodeBlock receiver) {
        this.el = elements;
        this.receiver = receiver;
    }

    private CodeBlock call(String method, String format, Object... args) {
        return CodeBlock.builder().add("$L.$L(", receiver, method).add(format.replace(", ", ",$W"), args)
                .add(");\n").build();
    }

    @Override
    public CodeBlock visit(InSchema op) {
        return op.op().accept(new OpCode(el, CodeBlock.of("op.inSchema($S)", op.schema())));
    }

    @Override
    public CodeBlock visit(CreateSchema op) {
        return call("createSchema", "$S", op.name());
    }

    @Override
    public CodeBlock visit(DropSchema op) {
        return call("dropSchema", "$S", op.name());
    }

    @Override
    public CodeBlock visit(CreateTable op) {
        Table t = op.definition();
        List<CodeBlock> elements = new ArrayList<>();
        t.columns().forEach(c -> elements.add(el.column(t.name(), c)));
        if (t.primaryKey() != null) {
            elements.add(el.primaryKey(t.primaryKey()));
        }
        t.uniques().forEach(u -> elements.add(el.unique(u)));
        t.checks().forEach(c -> elements.add(el.check(c)));
        t.foreignKeys().forEach(f -> elements.add(el.foreignKey(f)));
        t.indexes().forEach(i -> elements.add(el.index(i)));
        if (t.comment() != null) {
            elements.add(el.tableComment(t.comment()));
        }
        if (elements.isEmpty()) {
            return call("createTable", "$S", t.name());
        }
        return CodeBlock.builder()
                .add("$L.createTable($S,\n$>$>", receiver, t.name())
                .add(CodeBlock.join(elements, ",\n"))
                .add(");\n$<$<")
                .build();
    }

    @Override
    public CodeBlock visit(DropTable op) {
        return call("dropTable", "$S", op.table());
    }

    @Override
    public CodeBlock visit(RenameTable op) {
        return call("renameTable", "$S, $S", op.table(), op.newName());
    }

    @Override
    public CodeBlock visit(SetTableComment op) {
        return op.fromKnown()
                ? call("setTableComment", "$S, $S, $S", op.table(), op.from(), op.to())
                : call("setTableComment", "$S, $S", op.table(), op.to());
    }

    @Override
    public CodeBlock visit(AddColumn op) {
        return call("addColumn", "$S, $L", op.table(), el.column(op.table(), op.column()));
    }

    @Override
    public CodeBlock visit(DropColumn op) {
        return call("dropColumn", "$S, $S", op.table(), op.column());
    }

    @Override
    public CodeBlock visit(RenameColumn op) {
        return call("renameColumn", "$S, $S, $S", op.table(), op.column(), op.newName());
    }

    @Override
    public CodeBlock visit(AlterColumnType op) {
        if (op.fromCollation() != null || op.toCollation() != null) {
            return collated(op);
        }
        if (op.from() == null) {
            return call("alterColumnType", "$S, $S, $L", op.table(), op.column(), el.type(op.to()));
        }
        if (op.using() == null) {
            return call("alterColumnType", "$S, $S, $L, $L", op.table(), op.column(), el.type(op.from()),
                    el.type(op.to()));
        }
        return call("alterColumnType", "$S, $S, $L, $L, $S", op.table(), op.column(), el.type(op.from()),
                el.type(op.to()), op.using());
    }

    /**
     * A collation change, {@code alterColumnCollation(t, c, type, null, "C")}, or a type change that states the
     * collation: {@code collation("C")} kept, or {@code collation(null, "C")}.
     */
    private CodeBlock collated(AlterColumnType op) {
        if (op.to().equals(op.from()) && op.using() == null) {
            return call("alterColumnCollation", "$S, $S, $L, $L, $L", op.table(), op.column(), el.type(op.to()),
                    ElementCode.nameOrNull(op.fromCollation()), ElementCode.nameOrNull(op.toCollation()));
        }
        CodeBlock from = op.from() == null ? CodeBlock.of("null") : el.type(op.from());
        return call("alterColumnType", "$S, $S, $L, $L, $L, $L", op.table(), op.column(), from, el.type(op.to()),
                op.using() == null ? CodeBlock.of("null") : CodeBlock.of("$S", op.using()),
                el.collation(op.fromCollation(), op.toCollation()));
    }

    @Override
    public CodeBlock visit(AlterColumnNullable op) {
        return call(op.nullable() ? "dropNotNull" : "setNotNull", "$S, $S", op.table(), op.column());
    }

    @Override
    public CodeBlock visit(AlterColumnDefault op) {
        return op.fromKnown()
                ? call("alterColumnDefault", "$S, $S, $S, $S", op.table(), op.column(), op.from(), op.to())
                : call("setDefault", "$S, $S, $S", op.table(), op.column(), op.to());
    }

    @Override
    public CodeBlock visit(AlterColumnIdentity op) {
        return call("alterColumnIdentity", "$S, $S, $L, $L", op.table(), op.column(), el.identity(op.from()),
                el.identity(op.to()));
    }

    @Override
    public CodeBlock visit(SetColumnComment op) {
        return op.fromKnown()
                ? call("setColumnComment", "$S, $S, $S, $S", op.table(), op.column(), op.from(), op.to())
                : call("setColumnComment", "$S, $S, $S", op.table(), op.column(), op.to());
    }

    @Override
    public CodeBlock visit(AddPrimaryKey op) {
        if (!ElementCode.plain(op.primaryKey())) {
            return call("addPrimaryKey", "$S, $L", op.table(), el.primaryKey(op.primaryKey()));
        }
        return call("addPrimaryKey", "$S, $L, $L", op.table(), ElementCode.nameOrNull(op.primaryKey().name()),
                ElementCode.strings(op.primaryKey().columns()));
    }

    @Override
    public CodeBlock visit(DropPrimaryKey op) {
        return call("dropPrimaryKey", "$S, $L", op.table(), ElementCode.nameOrNull(op.name()));
    }

    @Override
    public CodeBlock visit(AddUniqueConstraint op) {
        if (!ElementCode.plain(op.constraint())) {
            return call("addUniqueConstraint", "$S, $L", op.table(), el.unique(op.constraint()));
        }
        return call("addUniqueConstraint", "$S, $S, $L", op.table(), op.constraint().name(),
                ElementCode.strings(op.constraint().columns()));
    }

    @Override
    public CodeBlock visit(DropUniqueConstraint op) {
        return call("dropUniqueConstraint", "$S, $S", op.table(), op.name());
    }

    @Override
    public CodeBlock visit(AddForeignKey op) {
        return call("addForeignKey", "$S, $L", op.table(), el.foreignKey(op.foreignKey()));
    }

    @Override
    public CodeBlock visit(DropForeignKey op) {
        return call("dropForeignKey", "$S, $S", op.table(), op.name());
    }

    @Override
    public CodeBlock visit(AddCheckConstraint op) {
        return call("addCheckConstraint", "$S, $S, $S", op.table(), op.constraint().name(),
                op.constraint().expression());
    }

    @Override
    public CodeBlock visit(DropCheckConstraint op) {
        return call("dropCheckConstraint", "$S, $S", op.table(), op.name());
    }

    @Override
    public CodeBlock visit(CreateIndex op) {
        return call(op.concurrently() ? "createIndexConcurrently" : "createIndex", "$S, $L", op.table(),
                el.index(op.index()));
    }

    @Override
    public CodeBlock visit(DropIndex op) {
        return call(op.concurrently() ? "dropIndexConcurrently" : "dropIndex", "$S, $S", op.table(), op.name());
    }

    @Override
    public CodeBlock visit(CreateSequence op) {
        return call("createSequence", "$L", el.sequence(op.sequence()));
    }

    @Override
    public CodeBlock visit(DropSequence op) {
        return call("dropSequence", "$S", op.name());
    }

    @Override
    public CodeBlock visit(AlterSequence op) {
        return call("alterSequence", "$L, $L", op.from() == null ? CodeBlock.of("null") : el.sequence(op.from()),
                el.sequence(op.to()));
    }

    @Override
    public CodeBlock visit(CreateEnumType op) {
        if (op.enumType().values().isEmpty()) {
            return call("createEnumType", "$S", op.enumType().name());
        }
        return call("createEnumType", "$S, $L", op.enumType().name(),
                ElementCode.strings(op.enumType().values()));
    }

    @Override
    public CodeBlock visit(DropEnumType op) {
        return call("dropEnumType", "$S", op.name());
    }

    @Override
    public CodeBlock visit(AddEnumValue op) {
        if (op.before() != null) {
            return call("addEnumValueBefore", "$S, $S, $S", op.type(), op.value(), op.before());
        }
        if (op.after() != null) {
            return call("addEnumValueAfter", "$S, $S, $S", op.type(), op.value(), op.after());
        }
        return call("addEnumValue", "$S, $S", op.type(), op.value());
    }

    @Override
    public CodeBlock visit(DropEnumValue op) {
        return call("dropEnumValue", "$S, $S", op.type(), op.value());
    }

    @Override
    public CodeBlock visit(CreateCast op) {
        dev.retort.model.Cast c = op.cast();
        if (c.equals(dev.retort.model.Cast.implicitInout(c.source(), c.target()))) {
            return call("createImplicitCast", "$S, $S", c.source(), c.target());
        }
        return call("createCast", "$L", el.cast(c));
    }

    @Override
    public CodeBlock visit(DropCast op) {
        return call("dropCast", "$S, $S", op.source(), op.target());
    }

    @Override
    public CodeBlock visit(ExecuteSql op) {
        return call("execute", "$S", op.sql());
    }

    @Override
    public CodeBlock visit(RunJdbc op) {
        return CodeBlock.builder()
                .add("$L.jdbc($S, connection -> {\n$>", receiver, op.description())
                .add("// the data migration's code was not recorded: write it here\n")
                .add("$<});\n")
                .build();
    }

    @Override
    public CodeBlock visit(RenameConstraint op) {
        return call("renameConstraint", "$S, $S, $S", op.table(), op.name(), op.newName());
    }

    @Override
    public CodeBlock visit(RenameIndex op) {
        return call("renameIndex", "$S, $S, $S", op.table(), op.name(), op.newName());
    }
}
