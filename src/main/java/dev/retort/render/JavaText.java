package dev.retort.render;

import com.palantir.javapoet.CodeBlock;

/** Turns JavaPoet output and free text into the lines of a method body. */
final class JavaText {
    /** One indentation step of generated code. */
    static final String INDENT = "    ";

    private JavaText() {
    }

    /**
     * The code of a block with four-space indentation: JavaPoet's {@link CodeBlock#toString()} indents by two
     * spaces per level, and every leading space of its output comes from indentation.
     */
    static String code(CodeBlock block) {
        String text = block.toString();
        StringBuilder sb = new StringBuilder(text.length() + 32);
        for (String line : text.split("\n", -1)) {
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            sb.append(" ".repeat(spaces * 2)).append(line, spaces, line.length()).append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /**
     * Free text made safe for a {@code //} comment: line breaks and other control characters become spaces,
     * and backslashes are doubled so that javac reads no Unicode escape ({@code \}{@code u000a}) into it.
     */
    static String commentText(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\\') {
                sb.append("\\\\");
            } else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString().strip();
    }

    /** Longest comment text on one line, so that comments in a method body stay within about 100 columns. */
    static final int COMMENT_WIDTH = 88;

    /** {@code // text}, wrapped at word boundaries onto several {@code //} lines when long. */
    static String comment(String text) {
        String safe = commentText(text);
        StringBuilder sb = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : safe.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > COMMENT_WIDTH) {
                sb.append("// ").append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        return sb.append("// ").append(line).toString();
    }

    /** Each line of {@code code} commented out with {@code // }. */
    static String commentedOut(String code) {
        StringBuilder sb = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            sb.append(line.isEmpty() ? "//" : "// " + line).append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
