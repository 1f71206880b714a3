package dev.retort.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact binary form of a {@link SchemaModel}, for caches: every component of every record, lists in their
 * order, so that {@code decode(encode(m)).equals(m)}. Equal models encode to equal bytes, which makes the
 * encoding a key for what was derived from a model. Decoding runs the records' constructors, so it checks
 * what they check.
 */
public final class ModelCodec {
    /** Bump when the layout changes: older bytes are then refused, never misread. */
    private static final int FORMAT = 0x52544d37; // "RTM7": columnDefinition constraints (RTM6: index, constraint and collation attributes; RTM5: casts; RTM4: schemas)

    private ModelCodec() {
    }

    public static byte[] encode(SchemaModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new Writer(out).model(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a byte array stream
        }
        return bytes.toByteArray();
    }

    /**
     * @throws IllegalArgumentException when {@code bytes} are not a model in this format
     */
    public static SchemaModel decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            SchemaModel m = new Reader(in).model();
            if (in.read() != -1) {
                throw new IllegalArgumentException("trailing bytes after the schema model");
            }
            return m;
        } catch (EOFException e) {
            throw new IllegalArgumentException("truncated schema model", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable schema model: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid schema model: " + e.getMessage(), e);
        }
    }

    private record Writer(DataOutputStream out) {
        void model(SchemaModel m) throws IOException {
            out.writeInt(FORMAT);
            out.writeInt(m.tables().size());
            for (Table t : m.tables()) {
                table(t);
            }
            out.writeInt(m.sequences().size());
            for (Sequence s : m.sequences()) {
                str(s.name());
                out.writeLong(s.start());
                out.writeLong(s.increment());
                str(s.schema());
            }
            out.writeInt(m.enums().size());
            for (EnumType e : m.enums()) {
                str(e.name());
                strings(e.values());
                str(e.schema());
            }
            strings(m.schemas());
            out.writeInt(m.casts().size());
            for (Cast c : m.casts()) {
                str(c.source());
                str(c.target());
                out.writeByte(c.context().ordinal());
                out.writeByte(c.method().ordinal());
                str(c.function());
            }
        }

        void table(Table t) throws IOException {
            str(t.name());
            out.writeInt(t.columns().size());
            for (Column c : t.columns()) {
                column(c);
            }
            out.writeBoolean(t.primaryKey() != null);
            if (t.primaryKey() != null) {
                str(t.primaryKey().name());
                strings(t.primaryKey().columns());
                out.writeByte(t.primaryKey().deferrable().ordinal());
            }
            out.writeInt(t.uniques().size());
            for (UniqueConstraint u : t.uniques()) {
                str(u.name());
                strings(u.columns());
                out.writeByte(u.deferrable().ordinal());
                out.writeBoolean(u.nullsNotDistinct());
            }
            out.writeInt(t.checks().size());
            for (CheckConstraint c : t.checks()) {
                str(c.name());
                str(c.expression());
                str(c.definition());
            }
            out.writeInt(t.foreignKeys().size());
            for (ForeignKey f : t.foreignKeys()) {
                str(f.name());
                strings(f.columns());
                str(f.referencedTable());
                strings(f.referencedColumns());
                out.writeByte(f.onDelete().ordinal());
                out.writeByte(f.onUpdate().ordinal());
                str(f.referencedSchema());
                out.writeByte(f.deferrable().ordinal());
                out.writeBoolean(f.matchFull());
            }
            out.writeInt(t.indexes().size());
            for (Index i : t.indexes()) {
                str(i.name());
                out.writeInt(i.keys().size());
                for (IndexKey k : i.keys()) {
                    str(k.column());
                    str(k.expression());
                    out.writeBoolean(k.descending());
                    str(k.collation());
                    str(k.opclass());
                }
                out.writeBoolean(i.unique());
                str(i.where());
                strings(i.include());
                str(i.method());
                out.writeBoolean(i.valid());
                out.writeBoolean(i.nullsNotDistinct());
            }
            str(t.comment());
            str(t.schema());
        }

        void column(Column c) throws IOException {
            str(c.name());
            SqlType type = c.type();
            str(type.name());
            integer(type.length());
            integer(type.precision());
            integer(type.scale());
            out.writeInt(type.arrayDimensions());
            str(type.modifiers());
            out.writeBoolean(c.nullable());
            str(c.defaultExpression());
            Identity id = c.identity();
            out.writeBoolean(id != null);
            if (id != null) {
                out.writeBoolean(id.always());
                longOrNull(id.start());
                longOrNull(id.increment());
            }
            str(c.generatedExpression());
            str(c.comment());
            Sequence owned = c.ownedSequence();
            out.writeBoolean(owned != null);
            if (owned != null) {
                str(owned.name());
                out.writeLong(owned.start());
                out.writeLong(owned.increment());
                str(owned.schema());
            }
            str(c.collation());
            str(c.definitionConstraints());
        }

        void strings(List<String> values) throws IOException {
            out.writeInt(values.size());
            for (String v : values) {
                str(v);
            }
        }

        void str(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        void integer(Integer i) throws IOException {
            out.writeBoolean(i != null);
            if (i != null) {
                out.writeInt(i);
            }
        }

        void longOrNull(Long l) throws IOException {
            out.writeBoolean(l != null);
            if (l != null) {
                out.writeLong(l);
            }
        }
    }

    private record Reader(DataInputStream in) {
        private static final ReferentialAction[] ACTIONS = ReferentialAction.values();
        private static final Deferrable[] DEFERRABLES = Deferrable.values();

        SchemaModel model() throws IOException {
            if (in.readInt() != FORMAT) {
                throw new IllegalArgumentException("not a schema model of this format");
            }
            List<Table> tables = list(this::table);
            List<Sequence> sequences = list(() -> new Sequence(str(), in.readLong(), in.readLong(), str()));
            List<EnumType> enums = list(() -> new EnumType(str(), strings(), str()));
            List<String> schemas = strings();
            List<Cast> casts = list(() -> new Cast(str(), str(), constant(Cast.Context.values()),
                    constant(Cast.Method.values()), str()));
            return new SchemaModel(tables, sequences, enums, schemas, casts);
        }

        <E extends Enum<E>> E constant(E[] values) throws IOException {
            int i = in.readUnsignedByte();
            if (i >= values.length) {
                throw new IllegalArgumentException("unknown " + values[0].getDeclaringClass().getSimpleName() + " " + i);
            }
            return values[i];
        }

        Table table() throws IOException {
            String name = str();
            List<Column> columns = list(this::column);
            PrimaryKey pk = in.readBoolean() ? new PrimaryKey(str(), strings(), deferrable()) : null;
            List<UniqueConstraint> uniques = list(() -> new UniqueConstraint(str(), strings(), deferrable(),
                    in.readBoolean()));
            List<CheckConstraint> checks = list(() -> new CheckConstraint(str(), str(), str()));
            List<ForeignKey> fks = list(() -> new ForeignKey(str(), strings(), str(), strings(), action(), action(),
                    str(), deferrable(), in.readBoolean()));
            List<Index> indexes = list(() -> new Index(str(),
                    list(() -> new IndexKey(str(), str(), in.readBoolean(), str(), str())), in.readBoolean(), str(),
                    strings(), str(), in.readBoolean(), in.readBoolean()));
            return new Table(name, columns, pk, uniques, checks, fks, indexes, str(), str());
        }

        Column column() throws IOException {
            String name = str();
            SqlType type = new SqlType(str(), integer(), integer(), integer(), in.readInt(), str());
            boolean nullable = in.readBoolean();
            String def = str();
            Identity id = in.readBoolean() ? new Identity(in.readBoolean(), longOrNull(), longOrNull()) : null;
            String generated = str();
            String comment = str();
            Sequence owned = in.readBoolean() ? new Sequence(str(), in.readLong(), in.readLong(), str()) : null;
            String collation = str();
            return new Column(name, type, nullable, def, id, generated, comment, owned, collation, str());
        }

        Deferrable deferrable() throws IOException {
            int i = in.readUnsignedByte();
            if (i >= DEFERRABLES.length) {
                throw new IllegalArgumentException("unknown deferrability " + i);
            }
            return DEFERRABLES[i];
        }

        ReferentialAction action() throws IOException {
            int i = in.readUnsignedByte();
            if (i >= ACTIONS.length) {
                throw new IllegalArgumentException("unknown referential action " + i);
            }
            return ACTIONS[i];
        }

        List<String> strings() throws IOException {
            return list(this::str);
        }

        String str() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            return new String(in.readNBytes(checkedLength(n)), StandardCharsets.UTF_8);
        }

        /** A length or count read from the bytes, refused when more than the bytes left could hold. */
        int checkedLength(int n) throws IOException {
            if (n < 0) {
                throw new IllegalArgumentException("negative length " + n);
            }
            if (n > in.available()) {
                throw new EOFException();
            }
            return n;
        }

        Integer integer() throws IOException {
            return in.readBoolean() ? in.readInt() : null;
        }

        Long longOrNull() throws IOException {
            return in.readBoolean() ? in.readLong() : null;
        }

        <T> List<T> list(Item<T> item) throws IOException {
            int n = checkedLength(in.readInt());
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(item.read());
            }
            return out;
        }
    }

    @FunctionalInterface
    private interface Item<T> {
        T read() throws IOException;
    }
}
