package dev.retort.io.incremental;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a class file tells about the classes it needs and the constants it declares, read from its constant pool:
 * the basis of an incremental compile ({@link IncrementalPlan}).
 *
 * @param references the internal names ({@code shop/Customer}) of the classes it names anywhere: class entries,
 *                   and every {@code Lname;} or {@code Lname<} in a descriptor, signature or annotation (a field
 *                   type, a generic argument, {@code targetEntity = Customer.class}, an enum value of an
 *                   annotation)
 * @param constants  its compile-time constants ({@code static final} fields with a {@code ConstantValue}), as
 *                   {@code name:descriptor=value}: other classes' compiled code holds copies of them, without
 *                   naming this class
 * @param superclass the internal name of its superclass; null for {@code java.lang.Object} itself
 * @param annotations the internal names of the annotations on the class itself, runtime-visible or not
 * @param annotationType whether the class is an annotation type
 */
public record ClassFileRefs(Set<String> references, Set<String> constants, String superclass,
                            Set<String> annotations, boolean annotationType) {
    private static final int ACC_ANNOTATION = 0x2000;
    private static final Pattern DESCRIPTOR_NAME = Pattern.compile("L([^;<>\\[]+)[;<]");

    public static ClassFileRefs read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        Object[] pool = ConstantPool.open(in);
        int count = pool.length;
        List<Integer> classEntries = new ArrayList<>();
        for (Object entry : pool) {
            if (entry instanceof ConstantPool.Ref ref && ref.tag() == 7) {
                classEntries.add(ref.index());
            }
        }
        Set<String> references = new TreeSet<>();
        for (int index : classEntries) {
            if (pool[index] instanceof String name) {
                addName(references, name.startsWith("[") ? name : "L" + name + ";");
            }
        }
        for (Object entry : pool) {
            if (entry instanceof String utf && utf.indexOf('L') >= 0) {
                addName(references, utf);
            }
        }
        int access = in.readUnsignedShort();
        in.readUnsignedShort(); // this class
        int superIndex = in.readUnsignedShort();
        String superclass = superIndex > 0 && superIndex < count && pool[superIndex] instanceof ConstantPool.Ref ref
                ? utf(pool, ref.index()) : null;
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) {
            in.readUnsignedShort();
        }
        Set<String> constants = new TreeSet<>();
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.readUnsignedShort();
            String name = utf(pool, in.readUnsignedShort());
            String descriptor = utf(pool, in.readUnsignedShort());
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf(pool, in.readUnsignedShort());
                int length = in.readInt();
                if (attribute.equals("ConstantValue") && length == 2) {
                    Object value = pool[in.readUnsignedShort()];
                    String text = value instanceof ConstantPool.Ref r && r.tag() == 8 ? "string " + utf(pool, r.index())
                            : value instanceof ConstantPool.Num n ? n.text() : String.valueOf(value);
                    constants.add(name + ":" + descriptor + "=" + text);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.skipNBytes(6); // access, name, descriptor
            skipAttributes(in);
        }
        Set<String> annotations = new TreeSet<>();
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            String attribute = utf(pool, in.readUnsignedShort());
            int length = in.readInt();
            if (attribute.equals("RuntimeVisibleAnnotations") || attribute.equals("RuntimeInvisibleAnnotations")) {
                int n = in.readUnsignedShort();
                for (int i = 0; i < n; i++) {
                    String type = utf(pool, in.readUnsignedShort());
                    if (type.startsWith("L") && type.endsWith(";")) {
                        annotations.add(type.substring(1, type.length() - 1));
                    }
                    skipPairs(in);
                }
            } else {
                in.skipNBytes(length);
            }
        }
        return new ClassFileRefs(references, constants, superclass, annotations, (access & ACC_ANNOTATION) != 0);
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt());
        }
    }

    /** An annotation's element-value pairs (JVMS 4.7.16). */
    private static void skipPairs(DataInputStream in) throws IOException {
        int pairs = in.readUnsignedShort();
        for (int p = 0; p < pairs; p++) {
            in.readUnsignedShort();
            skipValue(in);
        }
    }

    private static void skipValue(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'e' -> in.skipNBytes(4);
            case '@' -> {
                in.readUnsignedShort();
                skipPairs(in);
            }
            case '[' -> {
                int n = in.readUnsignedShort();
                for (int i = 0; i < n; i++) {
                    skipValue(in);
                }
            }
            default -> in.skipNBytes(2); // a constant or a class
        }
    }

    private static void addName(Set<String> out, String text) {
        Matcher m = DESCRIPTOR_NAME.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
    }

    private static String utf(Object[] pool, int index) throws IOException {
        return ConstantPool.utf(pool, index);
    }
}
