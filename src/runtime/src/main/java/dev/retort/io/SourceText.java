package dev.retort.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The text of a Java source file as Retort reads it: strict UTF-8 (javac only warns about a byte that is
 * not, and then compiles U+FFFD in its place), a leading byte-order mark dropped.
 */
public final class SourceText {
    private static final char BOM = '\uFEFF';

    private SourceText() {
    }

    /** Where a file stops being UTF-8: 1-based line and column (in bytes) of the first bad byte. */
    public record BadByte(int line, int column, int value) {
        /** {@code file:line: ...} for a message. */
        public String describe(Path file) {
            return file + ":" + line + ": byte 0x" + String.format("%02X", value) + " at column " + column
                    + " is not UTF-8; save the file as UTF-8 (a non-ASCII character in a string literal is "
                    + "safest written as a \\u escape)";
        }
    }

    /** The first byte that is not valid UTF-8, if any. */
    public static Optional<BadByte> firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            return Optional.empty();
        }
        int pos = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(new BadByte(line, pos - lineStart + 1, bytes[pos] & 0xFF));
    }

    /** The text of UTF-8 bytes without a leading byte-order mark. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
    }
}
