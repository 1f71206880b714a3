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
