package dev.retort.diff;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rename the user states: table {@code table} to {@code newName} when {@code column} is null, else column
 * {@code table.column} to {@code newName}.
 */
public record Rename(String table, String column, String newName) {
    private static final Pattern SPEC = Pattern.compile("([^.=\\s]+)(?:\\.([^.=\\s]+))?=(?:([^.=\\s]+)\\.)?([^.=\\s]+)");

    public Rename {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(newName, "newName");
    }

    /**
     * Parses {@code users.fax=twitter} (a column; {@code users.fax=users.twitter} too) or {@code old_table=new_table}.
     *
     * @throws RetortException ({@link ErrorKind#USAGE}) naming the spec and the accepted forms
     */
    public static Rename parse(String spec) {
        Matcher m = SPEC.matcher(spec == null ? "" : spec.strip());
        if (!m.matches() || (m.group(2) == null && m.group(3) != null)
                || (m.group(3) != null && !m.group(3).equals(m.group(1)))) {
            throw new RetortException(ErrorKind.USAGE, "--rename " + spec + ": write table.old_column=new_column"
                    + " (e.g. --rename users.fax=twitter) or old_table=new_table");
        }
        return new Rename(m.group(1), m.group(2), m.group(4));
    }

    boolean isTable() {
        return column == null;
    }

    @Override
    public String toString() {
        return column == null ? table + "=" + newName : table + "." + column + "=" + newName;
    }
}
