package dev.retort.io.incremental;

import java.io.DataInputStream;
import java.io.IOException;

/**
 * The constant pool of a class file, read from just after the version: UTF-8 entries as {@link String}, numbers
 * as {@link Num}, class and string entries as {@link Ref}s to their UTF-8 entry ({@code tag} 7 or 8, as method
 * types, modules and packages: 16, 19, 20); member references, name-and-types, method handles and dynamic
 * constants are read past and left null.
 */
final class ConstantPool {
    private ConstantPool() {
    }

    /** A number constant, as {@code int 5}, {@code long 7}, or the raw bits of a float or double. */
    record Num(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** An entry that points at a UTF-8 entry. */
    record Ref(int tag, int index) {
    }

    /** Reads a class file's header and its pool from {@code in}, leaving it at the class's access flags. */
    static Object[] open(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        return read(in);
    }

    private static Object[] read(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 3 -> pool[i] = new Num("int " + in.readInt());
                case 4 -> pool[i] = new Num("float " + Float.floatToRawIntBits(in.readFloat()));
                case 5 -> {
                    pool[i] = new Num("long " + in.readLong());
                    i++;
                }
                case 6 -> {
                    pool[i] = new Num("double " + Double.doubleToRawLongBits(in.readDouble()));
                    i++;
                }
                case 7, 8, 16, 19, 20 -> pool[i] = new Ref(tag, in.readUnsignedShort());
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return pool;
    }

    /** The UTF-8 text at {@code index}. */
    static String utf(Object[] pool, int index) throws IOException {
        if (index <= 0 || index >= pool.length || !(pool[index] instanceof String s)) {
            throw new IOException("constant pool entry " + index + " is not a name");
        }
        return s;
    }
}
