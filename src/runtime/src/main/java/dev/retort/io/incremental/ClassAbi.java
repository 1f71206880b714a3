package dev.retort.io.incremental;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What other classes are compiled against in a class file: its flags, supertypes and generic signature, its
 * permitted subclasses and member classes, and each field and method that is not private (flags, name,
 * descriptor, generic signature, thrown exceptions, constant value). Bodies, private members and annotations
 * are not part of it: a class whose ABI did not change leaves the classes compiled against it valid
 * ({@link IncrementalPlan}).
 */
public final class ClassAbi {
    private static final int ACC_PRIVATE = 0x0002;
    private static final int ACC_SUPER = 0x0020;

    private ClassAbi() {
    }

    /** The ABI of the class in {@code bytes}, as one comparable text. */
    public static String of(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        Object[] pool = ConstantPool.open(in);
        List<String> out = new ArrayList<>();
        out.add("flags " + (in.readUnsignedShort() & ~ACC_SUPER));
        out.add("this " + name(pool, in.readUnsignedShort()));
        out.add("super " + name(pool, in.readUnsignedShort()));
        TreeSet<String> interfaces = new TreeSet<>();
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            interfaces.add(name(pool, in.readUnsignedShort()));
        }
        out.add("interfaces " + interfaces);
        TreeSet<String> members = new TreeSet<>();
        for (String kind : List.of("field", "method")) {
            int m = in.readUnsignedShort();
            for (int i = 0; i < m; i++) {
                int flags = in.readUnsignedShort();
                String member = kind + " " + flags + " " + name(pool, in.readUnsignedShort()) + " "
                        + name(pool, in.readUnsignedShort()) + attributes(in, pool, List.of("Signature",
                        "ConstantValue", "Exceptions"));
                if ((flags & ACC_PRIVATE) == 0) {
                    members.add(member);
                }
            }
        }
        out.addAll(members);
        out.add(attributes(in, pool, List.of("Signature", "PermittedSubclasses", "InnerClasses", "Record")));
        return String.join("\n", out);
    }

    /** The named attributes of the next attribute table, in order, as text; the others skipped. */
    private static String attributes(DataInputStream in, Object[] pool, List<String> wanted) throws IOException {
        StringBuilder out = new StringBuilder();
        int count = in.readUnsignedShort();
        for (int a = 0; a < count; a++) {
            String attribute = name(pool, in.readUnsignedShort());
            int length = in.readInt();
            byte[] body = in.readNBytes(length);
            if (wanted.contains(attribute)) {
                out.append(" ").append(attribute).append("=");
                DataInputStream b = new DataInputStream(new ByteArrayInputStream(body));
                switch (attribute) {
                    case "Signature", "ConstantValue" -> out.append(name(pool, b.readUnsignedShort()));
                    case "Exceptions", "PermittedSubclasses" -> {
                        TreeSet<String> names = new TreeSet<>();
                        int k = b.readUnsignedShort();
                        for (int i = 0; i < k; i++) {
                            names.add(name(pool, b.readUnsignedShort()));
                        }
                        out.append(names);
                    }
                    case "InnerClasses" -> {
                        TreeSet<String> inner = new TreeSet<>();
                        int k = b.readUnsignedShort();
                        for (int i = 0; i < k; i++) {
                            String innerClass = name(pool, b.readUnsignedShort());
                            String outer = name(pool, b.readUnsignedShort());
                            String simple = name(pool, b.readUnsignedShort());
                            int flags = b.readUnsignedShort();
                            if ((flags & ACC_PRIVATE) == 0) {
                                inner.add(innerClass + " in " + outer + " as " + simple + " " + flags);
                            }
                        }
                        out.append(inner);
                    }
                    default -> out.append(java.util.HexFormat.of().formatHex(body)); // Record: its components
                }
            }
        }
        return out.toString();
    }

    /** The text an index names: a UTF-8 entry, a constant, or what a class or string entry points at. */
    private static String name(Object[] pool, int index) throws IOException {
        if (index == 0) {
            return "-";
        }
        if (index < 0 || index >= pool.length || pool[index] == null) {
            throw new IOException("constant pool entry " + index + " is missing");
        }
        Object entry = pool[index];
        if (entry instanceof ConstantPool.Ref ref) {
            return ref.tag() + ":" + name(pool, ref.index());
        }
        return entry.toString();
    }
}
