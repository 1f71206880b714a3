package dev.retort.scan.read;

import org.hibernate.boot.model.naming.Identifier;

/**
 * Names as PostgreSQL stores them: a quoted identifier keeps its case, an unquoted one is folded to lower case
 * (ASCII letters only, as PostgreSQL does in a UTF-8 database), and either is cut to 63 bytes.
 */
final class Identifiers {
    private Identifiers() {
    }

    static String fold(Identifier identifier) {
        if (identifier == null) {
            return null;
        }
        String text = identifier.isQuoted() ? identifier.getText() : lowerAscii(identifier.getText());
        return PgNaming.truncate(text);
    }

    /** A name Hibernate writes into DDL as it is, quoted with {@code "..."} or backticks, or bare. */
    static String fold(String name) {
        return name == null ? null : fold(Identifier.toIdentifier(name));
    }

    static String fold(String name, boolean quoted) {
        return name == null ? null : fold(new Identifier(name, quoted));
    }

    static String lowerAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }
}
