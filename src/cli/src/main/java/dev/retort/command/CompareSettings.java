package dev.retort.command;

import dev.retort.config.Settings;
import dev.retort.diff.DiffOptions;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code compare.*} settings of {@code retort.properties}: what autogenerate and check treat as a
 * difference.
 *
 * @param constraintNames {@code compare.constraint-names}: whether a key, constraint or index that differs from
 *                        the entities' only by its name is renamed (true, the default) or left alone (false)
 */
public record CompareSettings(boolean constraintNames) {

    static final Set<String> KEYS = Set.of("constraint-names");

    public static CompareSettings from(Settings settings) {
        Map<String, String> c = settings.compare();
        Set<String> unknown = new TreeSet<>(c.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new RetortException(ErrorKind.CONFIG, "unknown key(s) in retort.properties: "
                    + unknown.stream().map(k -> "compare." + k).toList() + "; known: "
                    + new TreeSet<>(KEYS).stream().map(k -> "compare." + k).toList());
        }
        return new CompareSettings(bool(c, "constraint-names", true));
    }

    /** {@code options} with these settings applied. */
    public DiffOptions apply(DiffOptions options) {
        return options.withCompareNames(constraintNames);
    }

    private static boolean bool(Map<String, String> c, String key, boolean fallback) {
        String v = c.get(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new RetortException(ErrorKind.CONFIG, "compare." + key + "=" + v
                    + " in retort.properties is not a boolean; write compare." + key + "=true or =false");
        };
    }
}
