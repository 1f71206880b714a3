package dev.retort.reflect;

import dev.retort.dialect.postgres.PgIdentifiers;
import dev.retort.dialect.postgres.PgTypes;
import dev.retort.model.SqlType;

/**
 * Column types as {@code format_type(atttypid, atttypmod)} prints them. {@code format_type} qualifies a
 * type that is not visible on the session's search path ({@code app.order_status}); types of the
 * reflected schema itself are given back unqualified, as the model names them.
 */
final class FormattedTypes {
    private FormattedTypes() {
    }

    static SqlType parse(String formatted, String reflectedSchema) {
        String prefix = PgIdentifiers.quoteIfNeeded(reflectedSchema) + ".";
        String text = formatted.startsWith(prefix) ? formatted.substring(prefix.length()) : formatted;
        return PgTypes.parse(text);
    }
}
