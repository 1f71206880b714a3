package dev.retort.reflect;

/** How reflected names of objects outside the reflected schema are written in the model. */
final class ReflectedNames {
    private ReflectedNames() {
    }

    /**
     * The schema of the table a foreign key references: null when it lives in the reflected schema itself, else
     * its name ({@link ReflectedSchemas} turns the names into the model's: null for the project's schema).
     */
    static String referencedSchema(String referencedSchema, String reflectedSchema) {
        if (referencedSchema == null || referencedSchema.equals(reflectedSchema)) {
            return null;
        }
        return referencedSchema;
    }
}
