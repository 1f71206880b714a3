package dev.retort.testing.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code $ ...} command line of a {@code console} block, split into words the way a POSIX shell splits
 * them, for the small subset the documentation tests support: single quotes, double quotes (with the
 * escapes {@code \" \\ \$ \`}), backslash escapes, {@code NAME=value} prefixes, one {@code > FILE}
 * redirection, and a trailing {@code # comment}. Expansions ({@code $VAR}, backticks), pipes, lists,
 * sub-shells, input redirection and line continuations are refused, so a documented command never means
 * something else to a real shell than it means here.
 *
 * @param text     the command as written, without the {@code $ } prompt
 * @param env      the {@code NAME=value} prefixes, in order
 * @param program  the first word after the prefixes
 * @param args     the words after the program
 * @param globbed  for each argument, whether it holds an unquoted {@code *}, {@code ?} or {@code [}
 * @param redirect the file after {@code >}, or null
 * @param comment  the text after an unquoted {@code #} at the start of a word, or null
 */
public record ShellLine(String text, Map<String, String> env, String program, List<String> args, List<Boolean> globbed,
                 String redirect, String comment) {

    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);
    private static final Pattern EXIT = Pattern.compile("exit (\\d+)\\b.*");

    /** A line the subset does not cover. */
    public static final class Unsupported extends Exception {
        public Unsupported(String message) {
            super(message);
        }
    }

    private record Word(String text, boolean glob, boolean redirect) {
    }

    /** The exit code the trailing comment announces ({@code # exit N}), else 0. */
    public int expectedExit() {
        if (comment == null) {
            return 0;
        }
        Matcher m = EXIT.matcher(comment);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The command from the program on, without the comment, blanks collapsed: for comparing with other blocks. */
    public String commandText() {
        String s = text;
        int hash = commentStart(s);
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        int p = s.indexOf(program);
        return (p < 0 ? s : s.substring(p)).strip().replaceAll("\\s+", " ");
    }

    public static ShellLine parse(String text) throws Unsupported {
        List<Word> words = new ArrayList<>();
        String comment = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c == '#') {
                comment = text.substring(i + 1).strip();
                break;
            }
            if (c == '>') {
                if (i + 1 < n && (text.charAt(i + 1) == '>' || text.charAt(i + 1) == '&')) {
                    throw new Unsupported("only '> FILE' redirection is supported");
                }
                words.add(new Word(">", false, true));
                i++;
                continue;
            }
            StringBuilder w = new StringBuilder();
            boolean glob = false;
            while (i < n) {
                c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '>') {
                    break;
                }
                if ("|&;<()$`".indexOf(c) >= 0) {
                    throw new Unsupported("'" + c + "' (pipes, lists, sub-shells, expansions) is not supported");
                }
                if (c == '\'') {
                    int end = text.indexOf('\'', i + 1);
                    if (end < 0) {
                        throw new Unsupported("unterminated single quote");
                    }
                    w.append(text, i + 1, end);
                    i = end + 1;
                } else if (c == '"') {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char d = text.charAt(i);
                        if (d == '"') {
                            closed = true;
                            i++;
                            break;
                        }
                        if (d == '$' || d == '`') {
                            throw new Unsupported("expansions ('" + d + "') are not supported");
                        }
                        if (d == '\\' && i + 1 < n && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                            w.append(text.charAt(i + 1));
                            i += 2;
                        } else {
                            w.append(d);
                            i++;
                        }
                    }
                    if (!closed) {
                        throw new Unsupported("unterminated double quote");
                    }
                } else if (c == '\\') {
                    if (i + 1 >= n) {
                        throw new Unsupported("line continuations are not supported");
                    }
                    w.append(text.charAt(i + 1));
                    i += 2;
                } else {
                    if (c == '*' || c == '?' || c == '[') {
                        glob = true;
                    }
                    w.append(c);
                    i++;
                }
            }
            words.add(new Word(w.toString(), glob, false));
        }

        Map<String, String> env = new LinkedHashMap<>();
        int k = 0;
        while (k < words.size() && !words.get(k).redirect()) {
            Matcher m = ASSIGNMENT.matcher(words.get(k).text());
            if (!m.matches()) {
                break;
            }
            env.put(m.group(1), m.group(2));
            k++;
        }
        if (k >= words.size() || words.get(k).redirect()) {
            throw new Unsupported("no command");
        }
        String program = words.get(k).text();
        List<String> args = new ArrayList<>();
        List<Boolean> globbed = new ArrayList<>();
        String redirect = null;
        for (int j = k + 1; j < words.size(); j++) {
            Word w = words.get(j);
            if (w.redirect()) {
                if (j + 2 != words.size() || words.get(j + 1).redirect()) {
                    throw new Unsupported("'> FILE' must end the command");
                }
                redirect = words.get(j + 1).text();
                break;
            }
            args.add(w.text());
            globbed.add(w.glob());
        }
        return new ShellLine(text, env, program, List.copyOf(args), List.copyOf(globbed), redirect, comment);
    }

    /** Where an unquoted comment starts in {@code s}, or -1. */
    private static int commentStart(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\') {
                i++;
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
                return i;
            }
        }
        return -1;
    }
}
