package dev.retort.reflect;

import dev.retort.dialect.postgres.PgIdentifiers;

/** How reflected names of objects outside the reflected schema are written in the model. */
final class ReflectedNames {
    private ReflectedNames() {
    }

    /**
     * The table a foreign key references: its bare name when it lives in the reflected schema, else
     * {@code schema.table} (each part quoted only where PostgreSQL needs it).
     */
    static String referencedTable(String referencedSchema, String referencedTable, String reflectedSchema) {
        if (referencedSchema == null || referencedSchema.equals(reflectedSchema)) {
            return referencedTable;
        }
        return PgIdentifiers.quoteIfNeeded(referencedSchema) + "." + PgIdentifiers.quoteIfNeeded(referencedTable);
    }
}
