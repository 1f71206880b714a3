package dev.retort.diff;

/**
 * A dropped and an added table or column that match in all but the name: perhaps one object renamed.
 *
 * @param table   the table (the dropped table, for a table rename)
 * @param column  the dropped column, or null for a table rename
 * @param newName the added column or table
 * @param what    what they share, for the question, e.g. {@code varchar(255)} or {@code 3 columns}
 */
public record RenameCandidate(String table, String column, String newName, String what) {

    /** E.g. {@code Did you rename users.fax to users.twitter (varchar(255))?}. */
    public String question() {
        return column == null
                ? "Did you rename table " + table + " to " + newName + " (" + what + ")?"
                : "Did you rename " + table + "." + column + " to " + table + "." + newName + " (" + what + ")?";
    }

    /** The {@code --rename} value that states this rename. */
    public String hint() {
        return column == null ? table + "=" + newName : table + "." + column + "=" + newName;
    }
}
