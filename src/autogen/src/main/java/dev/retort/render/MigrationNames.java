package dev.retort.render;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Names of generated migrations: {@code M<yyyyMMddHHmmss>_<slug>}, e.g.
 * {@code M20261121080000_add_phone_verified_to_users} in {@code M20261121080000_add_phone_verified_to_users.java}.
 * The leading {@code M} makes the name a valid Java identifier; the timestamp (UTC) makes files sort by
 * creation time.
 */
public final class MigrationNames {
    /** Longest slug, in characters. */
    public static final int MAX_SLUG_LENGTH = 40;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private MigrationNames() {
    }

    /** {@code M<yyyyMMddHHmmss>_<slug>}, or {@code M<yyyyMMddHHmmss>} when the message has no letters or digits. */
    public static String className(Instant created, String message) {
        String slug = slug(message);
        return "M" + STAMP.format(created) + (slug.isEmpty() ? "" : "_" + slug);
    }

    /** The source file name of a class: {@code <className>.java}. */
    public static String fileName(String className) {
        return className + ".java";
    }

    /**
     * The message in lower case, accents removed, each run of other characters than ASCII letters and digits
     * replaced by one {@code _}, without leading or trailing {@code _}, cut to {@value #MAX_SLUG_LENGTH}
     * characters.
     */
    public static String slug(String message) {
        if (message == null) {
            return "";
        }
        String plain = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        slug = trimUnderscores(slug);
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = trimUnderscores(slug.substring(0, MAX_SLUG_LENGTH));
        }
        return slug;
    }

    private static String trimUnderscores(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '_') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '_') {
            end--;
        }
        return s.substring(start, end);
    }
}
