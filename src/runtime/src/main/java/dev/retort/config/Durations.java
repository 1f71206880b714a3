package dev.retort.config;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in settings and flags ({@code 60}, {@code 60s}, {@code 500ms}, {@code 1.5s},
 * {@code 2m}, {@code 1h}; a bare number is seconds) and as shown in messages, to the millisecond.
 */
public final class Durations {
    /** The longest duration accepted: a day. */
    public static final Duration MAX = Duration.ofHours(24);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,30}(?:\\.\\d{1,9})?)\\s*(ms|s|m|h)?");

    private Durations() {
    }

    /**
     * @param setting the setting's name for the message ({@code --lock-timeout / lock.timeout})
     * @throws RetortException CONFIG when the text is not a duration, or is longer than {@link #MAX}
     */
    public static Duration parse(String text, String setting) {
        String t = text == null ? "" : text.strip();
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            throw new RetortException(ErrorKind.CONFIG, setting + " '" + text
                    + "' is not a duration; write seconds (60), or 60s, 500ms, 1.5s, 2m, 1h" + where(setting));
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(switch (unit) {
            case "ms" -> 1L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            default -> 1_000L;
        }));
        if (millis.compareTo(BigDecimal.valueOf(MAX.toMillis())) > 0) {
            throw new RetortException(ErrorKind.CONFIG, setting + " '" + text + "' is longer than the most allowed, "
                    + format(MAX) + "; give a shorter duration" + where(setting));
        }
        if (millis.stripTrailingZeros().scale() > 0) {
            throw new RetortException(ErrorKind.CONFIG, setting + " '" + text
                    + "' is finer than a millisecond; give whole milliseconds (e.g. 1500ms)" + where(setting));
        }
        return Duration.ofMillis(millis.longValueExact());
    }

    /** Where a setting {@code a.b} comes from: the flag {@code --a-b}, the variable {@code RETORT_A_B}, the file. */
    private static String where(String setting) {
        if (!setting.matches("[a-z]+(\\.[a-z]+)*")) {
            return "";
        }
        return " (--" + setting.replace('.', '-') + ", RETORT_" + setting.toUpperCase(java.util.Locale.ROOT).replace('.', '_')
                + " or " + setting + " in retort.properties)";
    }

    /** {@link #parse} for a duration given through the Java API. */
    public static Duration check(Duration d, String setting) {
        if (d.isNegative() || d.compareTo(MAX) > 0) {
            throw new RetortException(ErrorKind.CONFIG, setting + " " + d + " is outside 0 to " + format(MAX));
        }
        return d;
    }

    /** {@code 500ms}, {@code 1.5s}, {@code 60s}, {@code 2m}, {@code 1h}: exact, in the largest unit that is. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms >= 3_600_000) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms >= 120_000) {
            return ms / 60_000 + "m";
        }
        if (ms < 1000) {
            return ms + "ms";
        }
        return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + "s";
    }
}
