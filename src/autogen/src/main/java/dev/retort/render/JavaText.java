package dev.retort.render;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

/** Turns JavaPoet output and free text into the lines of a method body. */
final class JavaText {
    /** One indentation step of generated code. */
    static final String INDENT = "    ";

    private JavaText() {
    }

    /**
     * The code of a block as it reads in a method body, without the body's indentation: four spaces per
     * level, and lines longer than 100 columns wrapped by JavaPoet at the block's {@code $W}/{@code $Z}
     * points with a double indent. The block is laid out inside a throwaway method so that JavaPoet counts
     * columns from where the code will stand.
     */
    static String code(CodeBlock block) {
        CodeBlock statement = block.toString().endsWith("\n") ? block : block.toBuilder().add("\n").build();
        MethodSpec method = MethodSpec.methodBuilder("m").addCode(statement).build();
        TypeSpec type = TypeSpec.classBuilder("X").addMethod(method).build();
        String file = JavaFile.builder("", type).indent(INDENT).build().toString();
        String bodyIndent = INDENT.repeat(2);
        int start = file.indexOf("void m() {\n") + "void m() {\n".length();
        int end = file.lastIndexOf("\n" + INDENT + "}\n");
        StringBuilder sb = new StringBuilder();
        for (String line : file.substring(start, end + 1).split("\n", -1)) {
            sb.append(line.startsWith(bodyIndent) ? line.substring(bodyIndent.length()) : line).append('\n');
        }
        return sb.toString().strip();
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
