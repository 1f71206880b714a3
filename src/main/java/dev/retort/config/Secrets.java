package dev.retort.config;

import java.util.regex.Pattern;

/** Removes passwords from text before it is shown: URLs, JDBC parameters, messages. */
public final class Secrets {
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@?#\\s]*):([^@/\\s]*)@");
    private static final Pattern PARAM = Pattern.compile("(?i)(password=)[^&;\\s]*");

    private Secrets() {
    }

    /** The URL with any password in user info or query string replaced by {@code ***}. */
    public static String redactUrl(String url) {
        if (url == null) {
            return null;
        }
        return PARAM.matcher(USERINFO.matcher(url).replaceAll("$1:***@")).replaceAll("$1***");
    }

    /** The passwords written inside a URL (user info and {@code password=} parameters), even a malformed one. */
    public static java.util.List<String> passwordsIn(String url) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (url == null) {
            return out;
        }
        java.util.regex.Matcher m = USERINFO.matcher(url);
        while (m.find()) {
            out.add(m.group(2));
        }
        java.util.regex.Matcher q = Pattern.compile("(?i)password=([^&;\\s]*)").matcher(url);
        while (q.find()) {
            out.add(q.group(1));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** {@link #redactUrl} plus every literal occurrence of {@code password}. */
    public static String redact(String text, String password) {
        if (text == null) {
            return null;
        }
        String out = redactUrl(text);
        if (password != null && !password.isEmpty()) {
            out = out.replace(password, "***");
        }
        return out;
    }
}
