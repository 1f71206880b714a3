package dev.retort.reflect;

import java.util.List;
import java.util.Objects;

/**
 * What to reflect.
 *
 * @param schema       the schema to read, {@code public} by default
 * @param versionTable Retort's own version table, always left out ({@code retort_version} by default)
 * @param includes     glob patterns of table names to look at; empty means all
 * @param excludes     glob patterns of table names to leave out, e.g. {@code spring_session*}, {@code shedlock}
 * @param otherSchemas the schemas besides {@code schema} that the entities use, read too (their objects carry
 *                     their schema name in the model; those of {@code schema} have none); no other schema is
 *                     looked at
 */
public record ReflectOptions(String schema, String versionTable, List<String> includes, List<String> excludes,
                             List<String> otherSchemas) {

    public ReflectOptions(String schema, String versionTable, List<String> includes, List<String> excludes) {
        this(schema, versionTable, includes, excludes, List.of());
    }

    public static final String DEFAULT_SCHEMA = "public";
    public static final String DEFAULT_VERSION_TABLE = "retort_version";

    public ReflectOptions {
        schema = requireName(schema, "schema");
        versionTable = requireName(versionTable, "version table");
        includes = List.copyOf(Objects.requireNonNullElse(includes, List.of()));
        excludes = List.copyOf(Objects.requireNonNullElse(excludes, List.of()));
        String project = schema;
        otherSchemas = Objects.requireNonNullElse(otherSchemas, List.<String>of()).stream()
                .map(s -> requireName(s, "schema")).filter(s -> !s.equals(project)).distinct().sorted().toList();
        // fail early on a bad pattern
        TableFilter.of(includes, excludes);
    }

    public static ReflectOptions defaults() {
        return new ReflectOptions(DEFAULT_SCHEMA, DEFAULT_VERSION_TABLE, List.of(), List.of());
    }

    public ReflectOptions withSchema(String newSchema) {
        return new ReflectOptions(newSchema, versionTable, includes, excludes, otherSchemas);
    }

    /** These options, reading {@code schemas} besides the project's schema too. */
    public ReflectOptions withOtherSchemas(java.util.Collection<String> schemas) {
        return new ReflectOptions(schema, versionTable, includes, excludes, List.copyOf(schemas));
    }

    public ReflectOptions withVersionTable(String newVersionTable) {
        return new ReflectOptions(schema, newVersionTable, includes, excludes, otherSchemas);
    }

    public ReflectOptions including(String... patterns) {
        return new ReflectOptions(schema, versionTable, concat(includes, patterns), excludes, otherSchemas);
    }

    public ReflectOptions excluding(String... patterns) {
        return new ReflectOptions(schema, versionTable, includes, concat(excludes, patterns), otherSchemas);
    }

    /**
     * The version tables of other migration tools, never an entity's and never Retort's to drop: a database adopted
     * from Flyway, Liquibase or Alembic keeps them, and a baseline that dropped them would lose that tool's history.
     */
    public static final List<String> OTHER_TOOLS_TABLES = List.of("flyway_schema_history", "databasechangelog",
            "databasechangeloglock", "alembic_version");

    /**
     * The tables that end up in the model: the include/exclude patterns, less the version table and
     * {@link #OTHER_TOOLS_TABLES}.
     */
    public TableFilter tableFilter() {
        TableFilter filter = TableFilter.of(includes, excludes).excludingName(versionTable);
        for (String table : OTHER_TOOLS_TABLES) {
            filter = filter.excludingName(table);
        }
        return filter;
    }

    private static List<String> concat(List<String> list, String... more) {
        List<String> out = new java.util.ArrayList<>(list);
        out.addAll(List.of(more));
        return out;
    }

    private static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " name is missing");
        }
        return name;
    }
}
