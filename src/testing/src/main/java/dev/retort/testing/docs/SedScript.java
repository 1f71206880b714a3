package dev.retort.testing.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of GNU {@code sed} the documentation uses: one substitution {@code s/REGEX/REPLACEMENT/} with an
 * optional {@code g} flag, applied to each line. Any delimiter character may replace {@code /}.
 *
 * <p>REGEX is a basic regular expression limited to what basic and Java regular expressions agree on once
 * translated: literal characters, {@code .}, {@code *}, {@code ^} at the start, {@code $} at the end,
 * bracket expressions without classes or nesting, and the escapes {@code \. \* \[ \] \^ \$ \\ \/} (or the
 * delimiter). Groups, intervals, back-references and GNU extensions are refused. In REPLACEMENT,
 * {@code &} is the match, {@code \n} a line break (GNU), and {@code \& \\} and an escaped delimiter stand
 * for themselves.
 */
public final class SedScript {
    private final Pattern regex;
    private final String replacement;
    private final boolean global;

    private SedScript(Pattern regex, String replacement, boolean global) {
        this.regex = regex;
        this.replacement = replacement;
        this.global = global;
    }

    public static SedScript parse(String script) throws ShellLine.Unsupported {
        if (script.length() < 4 || script.charAt(0) != 's') {
            throw new ShellLine.Unsupported("only the sed command s/REGEX/REPLACEMENT/[g] is supported: " + script);
        }
        char delim = script.charAt(1);
        int[] pos = {2};
        String re = part(script, delim, pos);
        String rep = part(script, delim, pos);
        String flags = script.substring(pos[0]);
        if (!flags.isEmpty() && !flags.equals("g")) {
            throw new ShellLine.Unsupported("sed flags other than g are not supported: " + script);
        }
        return new SedScript(Pattern.compile(translate(re, delim)), rep, flags.equals("g"));
    }

    /** The text up to the next unescaped delimiter, escapes kept; advances {@code pos} past the delimiter. */
    private static String part(String s, char delim, int[] pos) throws ShellLine.Unsupported {
        StringBuilder sb = new StringBuilder();
        int i = pos[0];
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                sb.append(c).append(s.charAt(i + 1));
                i += 2;
            } else if (c == delim) {
                pos[0] = i + 1;
                return sb.toString();
            } else {
                sb.append(c);
                i++;
            }
        }
        throw new ShellLine.Unsupported("unterminated sed substitution: " + s);
    }

    private static String translate(String bre, char delim) throws ShellLine.Unsupported {
        StringBuilder java = new StringBuilder();
        for (int i = 0; i < bre.length(); i++) {
            char c = bre.charAt(i);
            if (c == '\\') {
                if (i + 1 >= bre.length()) {
                    throw new ShellLine.Unsupported("a sed regex must not end with a backslash: " + bre);
                }
                char e = bre.charAt(++i);
                if (e == delim || ".*[]^$\\/".indexOf(e) >= 0) {
                    java.append(Pattern.quote(String.valueOf(e)));
                } else {
                    throw new ShellLine.Unsupported("sed escape \\" + e + " is not supported");
                }
            } else if (c == '.') {
                java.append('.');
            } else if (c == '*') {
                if (i == 0) {
                    throw new ShellLine.Unsupported("a leading '*' in a sed regex is not supported");
                }
                java.append('*');
            } else if (c == '^' && i == 0) {
                java.append('^');
            } else if (c == '$' && i == bre.length() - 1) {
                java.append('$');
            } else if (c == '[') {
                int end = bre.indexOf(']', i + 2);
                String body = end < 0 ? "" : bre.substring(i + 1, end);
                if (end < 0 || body.contains("[") || body.contains("\\") || body.contains("&&")) {
                    throw new ShellLine.Unsupported("only simple bracket expressions are supported in sed: " + bre);
                }
                java.append('[').append(body).append(']');
                i = end;
            } else {
                java.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return java.toString();
    }

    /** The text with the substitution applied to each line; line ends are kept as they are. */
    public String apply(String text) throws ShellLine.Unsupported {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            out.append(substitute(text.substring(start, end)));
            if (nl >= 0) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private String substitute(String line) throws ShellLine.Unsupported {
        Matcher m = regex.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(line, last, m.start()).append(expand(m.group()));
            last = m.end();
            if (!global) {
                break;
            }
        }
        out.append(line.substring(last));
        return out.toString();
    }

    private String expand(String match) throws ShellLine.Unsupported {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '&') {
                sb.append(match);
            } else if (c == '\\' && i + 1 < replacement.length()) {
                char e = replacement.charAt(++i);
                if (e == 'n') {
                    sb.append('\n');
                } else if (!Character.isLetterOrDigit(e)) {
                    sb.append(e);
                } else {
                    throw new ShellLine.Unsupported("sed replacement escape \\" + e + " is not supported");
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
