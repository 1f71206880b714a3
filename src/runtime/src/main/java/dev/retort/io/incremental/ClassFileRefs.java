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
 */
public record ClassFileRefs(Set<String> references, Set<String> constants, String superclass) {
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
        in.readUnsignedShort(); // access
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
        return new ClassFileRefs(references, constants, superclass);
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
