package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.Table;

import java.util.regex.Pattern;

/**
 * A hand-written default that generates the id, on a key column whose value Hibernate always supplies itself:
 * {@code id uuid primary key default gen_random_uuid()} (or uuid-ossp's {@code uuid_generate_v4()}) under
 * {@code @GeneratedValue(strategy = GenerationType.UUID)}, {@code @UuidGenerator} or assigned ids. Hibernate never
 * leaves the id to the database, so the default harms nothing; it keeps seed scripts and other writers that leave
 * the id out working, and dropping it would break them. Such a default is kept, as a serial's is
 * ({@link SerialColumns}): the column must be in the desired primary key, of type {@code uuid} on both sides, and
 * want neither a default nor an identity. Any other default the entities do not declare is compared as usual.
 */
final class GeneratedIdDefaults {
    private static final Pattern UUID_FUNCTION = Pattern.compile(
            "^(?:\"?[A-Za-z0-9_$]+\"?\\.)?(gen_random_uuid|uuid_generate_v1|uuid_generate_v1mc|uuid_generate_v4|uuidv4|uuidv7)\\(\\)$");

    private GeneratedIdDefaults() {
    }

    /** Whether the live column's default is an id generator that the desired key column makes redundant. */
    static boolean kept(Table desiredTable, Column desired, Column actual) {
        if (actual.defaultExpression() == null || actual.identity() != null || desired.defaultExpression() != null
                || desired.identity() != null || desired.generatedExpression() != null
                || desiredTable.primaryKey() == null || !desiredTable.primaryKey().columns().contains(desired.name())
                || !isUuid(desired) || !isUuid(actual)) {
            return false;
        }
        return UUID_FUNCTION.matcher(actual.defaultExpression().trim()).matches();
    }

    private static boolean isUuid(Column c) {
        return "uuid".equals(c.type().name()) && c.type().arrayDimensions() == 0;
    }
}
