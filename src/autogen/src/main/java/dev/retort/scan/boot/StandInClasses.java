package dev.retort.scan.boot;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The class of a {@link StandIn}: public, with a public no-argument constructor, {@code @Entity(name = …)},
 * {@code @Table(name = …, schema = …)} and one field, its identifier, {@code @Id @Column(name = …)}. Written as a
 * class file here (version 52, which needs no stack map for a constructor without branches): a class-generation
 * library's start-up cost more than the boot it saves.
 */
final class StandInClasses {
    private static final Map<String, String> PRIMITIVES = Map.of("long", "J", "int", "I", "short", "S", "byte", "B",
            "char", "C", "boolean", "Z", "float", "F", "double", "D");

    private StandInClasses() {
    }

    static byte[] bytes(StandIn s) throws ClassNotFoundException {
        String fieldDescriptor = descriptor(s.idType());
        Pool pool = new Pool();
        int thisClass = pool.classRef(s.className().replace('.', '/'));
        int object = pool.classRef("java/lang/Object");
        int objectInit = pool.methodRef(object, "<init>", "()V");
        int annotations = pool.utf("RuntimeVisibleAnnotations");
        int code = pool.utf("Code");
        int init = pool.utf("<init>");
        int voidDescriptor = pool.utf("()V");
        int field = pool.utf(s.idAttribute());
        int fieldType = pool.utf(fieldDescriptor);
        byte[] classAnnotations = annotations(pool,
                new Annotation("jakarta/persistence/Entity", Map.of("name", s.entityName())),
                new Annotation("jakarta/persistence/Table", s.schema().isEmpty() ? Map.of("name", s.table())
                        : ordered("name", s.table(), "schema", s.schema())));
        byte[] fieldAnnotations = annotations(pool, new Annotation("jakarta/persistence/Id", Map.of()),
                new Annotation("jakarta/persistence/Column", Map.of("name", s.idColumn())));
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(52);
            pool.writeTo(out);
            out.writeShort(0x0021); // public, super
            out.writeShort(thisClass);
            out.writeShort(object);
            out.writeShort(0); // interfaces
            out.writeShort(1); // fields
            out.writeShort(0x0002); // private
            out.writeShort(field);
            out.writeShort(fieldType);
            out.writeShort(1);
            attribute(out, annotations, fieldAnnotations);
            out.writeShort(1); // methods
            out.writeShort(0x0001); // public
            out.writeShort(init);
            out.writeShort(voidDescriptor);
            out.writeShort(1);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream b = new DataOutputStream(body);
            b.writeShort(1); // max stack
            b.writeShort(1); // max locals
            b.writeInt(5);
            b.writeByte(0x2A); // aload_0
            b.writeByte(0xB7); // invokespecial Object.<init>
            b.writeShort(objectInit);
            b.writeByte(0xB1); // return
            b.writeShort(0); // exception table
            b.writeShort(0); // attributes
            attribute(out, code, body.toByteArray());
            out.writeShort(1); // class attributes
            attribute(out, annotations, classAnnotations);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from memory
        }
    }

    /** The field descriptor of a primitive or a class of the JDK's own loaders; refused for any other class. */
    static String descriptor(String type) throws ClassNotFoundException {
        String primitive = PRIMITIVES.get(type);
        if (primitive != null) {
            return primitive;
        }
        Class.forName(type, false, ClassLoader.getPlatformClassLoader());
        return type.startsWith("[") ? type.replace('.', '/') : "L" + type.replace('.', '/') + ";";
    }

    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private record Annotation(String type, Map<String, String> strings) {
    }

    private static byte[] annotations(Pool pool, Annotation... list) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeShort(list.length);
            for (Annotation a : list) {
                out.writeShort(pool.utf("L" + a.type() + ";"));
                out.writeShort(a.strings().size());
                for (Map.Entry<String, String> e : a.strings().entrySet()) {
                    out.writeShort(pool.utf(e.getKey()));
                    out.writeByte('s');
                    out.writeShort(pool.utf(e.getValue()));
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void attribute(DataOutputStream out, int name, byte[] body) throws IOException {
        out.writeShort(name);
        out.writeInt(body.length);
        out.write(body);
    }

    /** A constant pool: each entry once, numbered from 1. */
    private static final class Pool {
        private final Map<List<Object>, Integer> entries = new LinkedHashMap<>();

        int utf(String text) {
            return add(List.of(1, text));
        }

        int classRef(String internalName) {
            return add(List.of(7, utf(internalName)));
        }

        int methodRef(int owner, String name, String descriptor) {
            int nameAndType = add(List.of(12, utf(name), utf(descriptor)));
            return add(List.of(10, owner, nameAndType));
        }

        private int add(List<Object> entry) {
            return entries.computeIfAbsent(entry, e -> entries.size() + 1);
        }

        void writeTo(DataOutputStream out) throws IOException {
            out.writeShort(entries.size() + 1);
            for (List<Object> e : entries.keySet()) {
                int tag = (Integer) e.get(0);
                out.writeByte(tag);
                if (tag == 1) {
                    out.writeUTF((String) e.get(1));
                } else {
                    for (Object index : e.subList(1, e.size())) {
                        out.writeShort((Integer) index);
                    }
                }
            }
        }
    }
}
