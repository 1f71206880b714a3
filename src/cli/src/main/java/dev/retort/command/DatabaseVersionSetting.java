package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code entities.database-version} setting: the PostgreSQL version Hibernate writes its DDL for,
 * {@code 16} or {@code 16.4}. Without it, the version of the server compared with is used, as Hibernate's own
 * start-up reads it from its connection.
 */
final class DatabaseVersionSetting {
    private static final Pattern VERSION = Pattern.compile("(\\d{1,3})(?:\\.(\\d{1,4}))?");

    private DatabaseVersionSetting() {
    }

    /** {@code {major, minor}}. */
    static int[] parse(String value) {
        Matcher m = VERSION.matcher(value.trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new RetortException(ErrorKind.CONFIG, "entities.database-version is '" + value.trim()
                    + "', which is not a PostgreSQL version; write the major version, such as 16, or major.minor, "
                    + "such as 16.4");
        }
        return new int[]{Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))};
    }
}
