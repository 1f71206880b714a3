package dev.retort.autogen;

import dev.retort.model.ModelCodec;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical forms of single tables made in one context ({@link CanonicalForms}), one cache file per context:
 * each table's form under its key, and the context's own forms (sequences, enum types, casts) of the last round
 * trip. A file holds the tables of the last comparison and, up to a quarter as many again, those of earlier ones
 * (an edit taken back finds its tables still there; the whole model's form of before is kept too).
 */
final class TableForms {
    private static final String FORMAT = "retort-table-forms-1";

    private final Map<String, Table> tables;
    private final SchemaModel context;

    private TableForms(Map<String, Table> tables, SchemaModel context) {
        this.tables = tables;
        this.context = context;
    }

    /** The forms kept for {@code context}, or none. */
    static TableForms read(ModelCache cache, String context) {
        return cache.bytes(context).flatMap(TableForms::decode).orElseGet(() -> new TableForms(Map.of(), null));
    }

    /** Whether the context's own forms (sequences, enum types, casts) are known. */
    boolean hasContext() {
        return context != null;
    }

    /** The context's own forms: a model without tables. */
    SchemaModel context() {
        return context;
    }

    Optional<Table> table(String key) {
        return Optional.ofNullable(tables.get(key));
    }

    /**
     * Keeps the forms of {@code canonical}'s tables under the keys of {@code keyed} (the scanned tables by key), with
     * its sequences, enum types and casts as the context's, and as many of the earlier entries as fit.
     */
    static void write(ModelCache cache, String context, Map<String, Table> keyed, SchemaModel canonical,
                      TableForms known) {
        Map<String, Table> out = new LinkedHashMap<>();
        Map<String, Table> forms = CanonicalForms.byName(canonical);
        for (Map.Entry<String, Table> e : keyed.entrySet()) {
            Table form = forms.get(CanonicalForms.qualified(e.getValue().schema(), e.getValue().name()));
            if (form != null) {
                out.put(e.getKey(), form);
            }
        }
        int limit = out.size() + out.size() / 4 + 16;
        for (Map.Entry<String, Table> e : known.tables.entrySet()) {
            if (out.size() >= limit) {
                break;
            }
            out.putIfAbsent(e.getKey(), e.getValue());
        }
        SchemaModel rest = canonical.withTables(List.of());
        cache.putBytesLater(context, () -> encode(out, rest));
    }

    /** One table as a model of its own, in {@link ModelCodec}'s bytes: the part of a key a table adds. */
    static byte[] encode(Table table) {
        return ModelCodec.encode(new SchemaModel(List.of(table), List.of(), List.of()));
    }

    private static byte[] encode(Map<String, Table> tables, SchemaModel context) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeInt(tables.size());
            for (String key : tables.keySet()) {
                out.writeUTF(key);
            }
            out.write(ModelCodec.encode(context.withTables(new ArrayList<>(tables.values()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a byte array stream
        }
        return bytes.toByteArray();
    }

    private static Optional<TableForms> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!FORMAT.equals(in.readUTF())) {
                return Optional.empty();
            }
            int n = in.readInt();
            List<String> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                keys.add(in.readUTF());
            }
            SchemaModel model = ModelCodec.decode(in.readAllBytes());
            if (model.tables().size() != n) {
                return Optional.empty();
            }
            Map<String, Table> tables = new HashMap<>();
            for (int i = 0; i < n; i++) {
                tables.put(keys.get(i), model.tables().get(i));
            }
            return Optional.of(new TableForms(tables, model.withTables(List.of())));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // of another format, or damaged: made again and overwritten
        }
    }
}
