package dev.retort.revision;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Revision id generation and validation. */
public final class RevisionId {

    /** Words with a meaning in revision specs; never usable as an id or a branch label. */
    public static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    /** The width of the version table's {@code revision} column. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]+");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private RevisionId() {
    }

    /** A fresh random id: 12 lower-case hex characters (48 bits from {@link SecureRandom}). */
    public static String generate() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    /** True when {@code id} is usable as a revision id. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && VALID.matcher(id).matches() && !RESERVED.contains(id);
    }

    /**
     * Validates a user-supplied id ({@code revision --rev-id}).
     *
     * @return the id, unchanged
     * @throws RevisionGraphException of kind {@code INVALID_REVISION_ID}
     */
    public static String validate(String id) {
        check(id, null);
        return id;
    }

    static void check(String id, String source) {
        if (id == null || id.isEmpty()) {
            throw Errors.invalidRevisionId(id == null ? "null" : id, source, "must not be empty");
        }
        if (!VALID.matcher(id).matches()) {
            throw Errors.invalidRevisionId(id, source, "only letters, digits and '_' are allowed");
        }
        if (id.length() > MAX_LENGTH) {
            throw Errors.invalidRevisionId(id, source, "it is " + id.length() + " characters long; at most "
                    + MAX_LENGTH + " fit the version table's revision column");
        }
        if (RESERVED.contains(id)) {
            throw Errors.invalidRevisionId(id, source, "'" + id + "' is a reserved word (" + String.join(", ",
                    new TreeSet<>(RESERVED)) + ")");
        }
    }
}
