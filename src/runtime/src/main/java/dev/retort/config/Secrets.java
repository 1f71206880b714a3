package dev.retort.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes passwords from text before it is shown, by position: the password field of a URL's user info
 * and the value of a {@code password=} parameter become {@code ***}. Nothing is searched for by value, so
 * a password that is one letter, or equal to the user or database name, leaves the rest of a message
 * whole.
 */
public final class Secrets {
    /** Where a URL starts inside free text. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*://");
    /** A {@code password=} field: a URL query parameter, a JDBC property or a {@code key=value} list. */
    private static final Pattern PARAM = Pattern.compile("(?i)(?<![A-Za-z0-9_])password=");
    /** A query that has begun ({@code /db?key=}): an {@code @} after it is not the end of the user info. */
    private static final Pattern QUERY_STARTED = Pattern.compile("/[^?]*\\?.*?[A-Za-z_][A-Za-z0-9_]*=", Pattern.DOTALL);
    public static final String MASK = "***";

    private Secrets() {
    }

    /** A URL (the whole string) with its user-info password and {@code password=} parameters as {@code ***}. */
    public static String redactUrl(String url) {
        if (url == null) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        urlSpans(url, 0, url.length(), spans);
        paramSpans(url, 0, url.length(), spans);
        return mask(url, spans);
    }

    /**
     * Free text (a message, a stack trace) with the password of every URL in it, and every
     * {@code password=} value, as {@code ***}. A URL runs from its scheme to the next white space or quote.
     */
    public static String redactText(String text) {
        if (text == null) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = SCHEME.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "'\"<>`".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            urlSpans(text, m.start(), end, spans);
        }
        paramSpans(text, 0, text.length(), spans);
        return mask(text, spans);
    }

    /**
     * Where the user info of the URL in {@code s[start, end)} ends: the index of its {@code @}, or -1. The
     * last {@code @} counts, so a password may hold {@code @ / : ? #} unencoded; an {@code @} inside a
     * query ({@code /db?user=a@b}) does not.
     */
    static int userInfoEnd(String s, int start, int end) {
        int from = authorityStart(s, start, end);
        for (int at = s.lastIndexOf('@', end - 1); at >= from; at = s.lastIndexOf('@', at - 1)) {
            if (!QUERY_STARTED.matcher(s.substring(from, at)).find()) {
                return at;
            }
        }
        return -1;
    }

    /** After {@code ://}, else after {@code //} (a URL missing its colon), else {@code start}. */
    private static int authorityStart(String s, int start, int end) {
        int authority = s.indexOf("://", start);
        if (authority >= 0 && authority < end) {
            return authority + 3;
        }
        int slashes = s.indexOf("//", start);
        return slashes >= 0 && slashes < end ? slashes + 2 : start;
    }

    /** The password span of a URL's user info ({@code user:password@}), if any. */
    private static void urlSpans(String s, int start, int end, List<int[]> spans) {
        int at = userInfoEnd(s, start, end);
        if (at < 0) {
            return;
        }
        int from = authorityStart(s, start, end);
        int colon = s.indexOf(':', from);
        if (colon >= 0 && colon < at) {
            spans.add(new int[]{colon + 1, at});
        }
    }

    /** The value spans of {@code password=} fields: up to {@code &}, {@code ;}, white space or a quote. */
    private static void paramSpans(String s, int start, int end, List<int[]> spans) {
        Matcher m = PARAM.matcher(s).region(start, end);
        while (m.find()) {
            if (inside(spans, m.start())) {
                continue; // "password=" written inside a password already masked
            }
            int v = m.end();
            int e = v;
            while (e < end && "&;,'\"}) \t\r\n".indexOf(s.charAt(e)) < 0) {
                e++;
            }
            if (e > v) {
                spans.add(new int[]{v, e});
            }
        }
    }

    private static boolean inside(List<int[]> spans, int i) {
        for (int[] span : spans) {
            if (i >= span[0] && i < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static String mask(String s, List<int[]> spans) {
        if (spans.isEmpty()) {
            return s;
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (int[] span : spans) {
            if (span[0] < pos) {
                if (span[1] > pos) {
                    pos = span[1];
                }
                continue;
            }
            out.append(s, pos, span[0]).append(MASK);
            pos = span[1];
        }
        return out.append(s.substring(pos)).toString();
    }
}
