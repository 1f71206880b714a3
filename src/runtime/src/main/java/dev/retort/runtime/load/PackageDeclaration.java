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
     * The declared package, or "" for the default package. The head of the source is read first (a generated
     * migration of a thousand tables is a megabyte): a declaration found there is the one of the whole text, since
     * the comments before it end there too.
     */
    static String of(String source) {
        if (source.length() > HEAD) {
            String found = declared(source.substring(0, HEAD));
            if (found != null) {
                return found;
            }
        }
        String found = declared(source);
        return found == null ? "" : found;
    }

    private static final int HEAD = 8192;

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
