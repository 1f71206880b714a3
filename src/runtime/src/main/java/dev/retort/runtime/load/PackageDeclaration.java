package dev.retort.runtime.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package a migration source declares ({@code package db.migrations;}, as {@code retort revision} writes with
 * the {@code migrations.package} setting), read from its text: comments skipped, the first declaration at the
 * start of a line.
 */
final class PackageDeclaration {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile(
            "\\A\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*"
                    + "[\\p{L}_$][\\p{L}\\p{N}_$]*)*)\\s*;");

    private PackageDeclaration() {
    }

    /**
     * The declared package, or "" for the default package. Only the start of the source is read: the comments
     * before its first token are skipped, and unless that token is {@code package} or an annotation (of a
     * package-info), the class is in the default package, however long the rest (a generated migration of a
     * thousand tables is a megabyte).
     */
    static String of(String source) {
        int first = firstToken(source);
        if (first < 0 || !(source.startsWith("@", first) || isKeyword(source, first, "package"))) {
            return "";
        }
        int end = source.indexOf(';', first);
        String found = end < 0 ? null : declared(source.substring(0, end + 1));
        if (found == null) { // a ';' in an annotation's arguments or in a comment inside the declaration
            found = declared(source);
        }
        return found == null ? "" : found;
    }

    /** Where the first token after white space and comments starts, or -1 when there is none. */
    private static int firstToken(String s) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (s.startsWith("//", i)) {
                int eol = s.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (s.startsWith("/*", i)) {
                int close = s.indexOf("*/", i + 2);
                if (close < 0) {
                    return -1;
                }
                i = close + 2;
            } else {
                return i;
            }
        }
        return -1;
    }

    private static boolean isKeyword(String s, int at, String word) {
        int end = at + word.length();
        return s.startsWith(word, at) && (end == s.length() || !Character.isJavaIdentifierPart(s.charAt(end)));
    }

    private static String declared(String source) {
        Matcher m = PACKAGE.matcher(COMMENT.matcher(source).replaceAll(" "));
        return m.find() ? m.group(1).replaceAll("\\s", "") : null;
    }

    /** The binary name of top-level class {@code simpleName} of {@code source}. */
    static String qualify(String source, String simpleName) {
        String pkg = of(source);
        return pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
    }
}
