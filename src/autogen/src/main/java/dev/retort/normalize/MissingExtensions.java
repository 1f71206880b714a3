package dev.retort.normalize;

import dev.retort.dialect.postgres.PgIdentifiers;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.reflect.KnownExtensionObjects;
import dev.retort.reflect.PgExtensions;
import dev.retort.reflect.PgSearchPath;
import dev.retort.reflect.ReflectException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a refused desired schema is missing when PostgreSQL does not know one of its types, functions,
 * operator classes or index methods: the object, the entity columns that use it, the extension that provides
 * it ({@link KnownExtensionObjects}), whether the server offers that extension ({@code pg_available_extensions})
 * or has it in a schema off the search path, and the {@code CREATE EXTENSION} that fixes it.
 */
public final class MissingExtensions {
    private static final Pattern TYPE = Pattern.compile("type \"([^\"]+)\" does not exist");
    private static final Pattern FUNCTION = Pattern.compile("function ([^\\s(]+)\\(([^)]*)\\) does not exist");
    private static final Pattern OPERATOR_CLASS =
            Pattern.compile("operator class \"([^\"]+)\" does not exist for access method \"([^\"]+)\"");
    private static final Pattern ACCESS_METHOD = Pattern.compile("access method \"([^\"]+)\" does not exist");

    private MissingExtensions() {
    }

    /** What is missing, as PostgreSQL named it. */
    record Missing(String kind, String name) {
    }

    /**
     * The error to report instead of {@code rejected}: exit 17 naming the extension when one is known to provide
     * the missing object, exit 12 with the object named when none is; empty when nothing is missing.
     *
     * @param connection a connection to the target database, outside any failed transaction
     */
    public static Optional<RuntimeException> explain(DesiredSchemaRejectedException rejected, SchemaModel desired,
                                              Connection connection) {
        Optional<Missing> missing = missing(rejected.databaseMessage());
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        Missing m = missing.get();
        String users = users(m, desired);
        Optional<String> extension = switch (m.kind()) {
            case "type" -> KnownExtensionObjects.ofType(m.name());
            case "function" -> KnownExtensionObjects.ofFunction(m.name());
            case "operator class" -> KnownExtensionObjects.ofOperatorClass(m.name());
            default -> KnownExtensionObjects.ofAccessMethod(m.name());
        };
        String object = m.kind() + " " + m.name() + (m.kind().equals("function") ? "()" : "");
        if (extension.isEmpty()) {
            return Optional.of(new RetortException(ErrorKind.ENTITIES, "the entities use " + object + users
                    + ", which database " + database(connection) + " does not have, and no extension Retort knows "
                    + "provides it.\n  Create it before the migration that uses it (a domain or type in an earlier "
                    + "migration, or CREATE EXTENSION for the extension that provides it), or fix the mapping."
                    + "\n  statement: " + rejected.statement(), null, List.of(), m.name(), rejected));
        }
        try {
            return missingExtension(rejected, connection, m, object, users, extension.get());
        } catch (ReflectException e) {
            return Optional.empty(); // the catalogs cannot be asked: the database's own message stands
        }
    }

    private static Optional<RuntimeException> missingExtension(DesiredSchemaRejectedException rejected,
                                                               Connection connection, Missing m, String object,
                                                               String users, String extension) {
        String create = "CREATE EXTENSION IF NOT EXISTS " + PgIdentifiers.quoteIfNeeded(extension) + ";";
        String database = database(connection);
        Optional<PgExtensions.Installed> installed = PgExtensions.installed(connection, extension);
        List<String> path = PgSearchPath.effective(connection);
        if (installed.isPresent() && path.contains(installed.get().schema())) {
            return Optional.empty(); // installed and visible: something else is wrong, PostgreSQL's message says what
        }
        StringBuilder message = new StringBuilder();
        message.append("the entities use ").append(object).append(users).append(", which the PostgreSQL extension ")
                .append(extension).append(" provides");
        if (installed.isPresent()) {
            message.append("; database ").append(database).append(" has ").append(extension).append(' ')
                    .append(installed.get().version()).append(" installed in schema ").append(installed.get().schema())
                    .append(", which is not on the search_path (").append(String.join(", ", path)).append(").")
                    .append("\n  Qualify the name in the mapping (").append(installed.get().schema()).append('.')
                    .append(bareName(m.name())).append("), or put the schema on the search_path: ALTER DATABASE ")
                    .append(PgIdentifiers.quoteIfNeeded(database)).append(" SET search_path = ")
                    .append(String.join(", ", path.stream().map(PgIdentifiers::quoteIfNeeded).toList()))
                    .append(path.isEmpty() ? "" : ", ").append(PgIdentifiers.quoteIfNeeded(installed.get().schema()))
                    .append(';');
        } else {
            message.append(", and database ").append(database).append(" does not have it installed.");
            Optional<PgExtensions.Available> available = PgExtensions.available(connection, extension);
            if (available.isPresent()) {
                message.append("\n  Install it (the server offers ").append(extension).append(' ')
                        .append(available.get().defaultVersion()).append("), as a role that may create extensions: ")
                        .append(create);
            } else {
                message.append("\n  The server does not offer it either (it is not in pg_available_extensions): "
                        + "install the package that ships it on the database server")
                        .append(extension.equals("postgis") ? " (on Debian: postgresql-<major>-postgis-3)" : "")
                        .append(", then run ").append(create);
            }
            message.append("\n  Or create it in a migration before the one that uses it: op.execute(\"")
                    .append(create.replace("\"", "\\\"").replace(";", "")).append("\");");
        }
        message.append("\n  statement: ").append(rejected.statement());
        return Optional.of(new RetortException(ErrorKind.MISSING_EXTENSION, message.toString(), null, List.of(),
                extension, rejected));
    }

    static Optional<Missing> missing(String databaseMessage) {
        if (databaseMessage == null) {
            return Optional.empty();
        }
        Matcher m = OPERATOR_CLASS.matcher(databaseMessage);
        if (m.find()) {
            return Optional.of(new Missing("operator class", m.group(1)));
        }
        m = ACCESS_METHOD.matcher(databaseMessage);
        if (m.find()) {
            return Optional.of(new Missing("access method", m.group(1)));
        }
        m = TYPE.matcher(databaseMessage);
        if (m.find()) {
            return Optional.of(new Missing("type", m.group(1)));
        }
        m = FUNCTION.matcher(databaseMessage);
        if (m.find()) {
            return Optional.of(new Missing("function", m.group(1).replace("\"", "")));
        }
        return Optional.empty();
    }

    /** {@code " (column t.c, default of t.d)"}: where the entities use the missing object, or empty. */
    private static String users(Missing m, SchemaModel desired) {
        String bare = bareName(m.name());
        List<String> users = new ArrayList<>();
        Pattern call = Pattern.compile("(?i)(?<![A-Za-z0-9_$])(?:[A-Za-z0-9_$\"]+\\.)?\"?" + Pattern.quote(bare)
                + "\"?\\s*\\(");
        for (Table t : desired.tables()) {
            for (Column c : t.columns()) {
                if (m.kind().equals("type") && bareName(c.type().name()).equals(bare)) {
                    users.add("column " + t.name() + "." + c.name());
                }
                if (m.kind().equals("function") && c.defaultExpression() != null
                        && call.matcher(c.defaultExpression()).find()) {
                    users.add("default of " + t.name() + "." + c.name());
                }
                if (m.kind().equals("function") && c.generatedExpression() != null
                        && call.matcher(c.generatedExpression()).find()) {
                    users.add("generated column " + t.name() + "." + c.name());
                }
            }
            if (m.kind().equals("function")) {
                for (CheckConstraint check : t.checks()) {
                    if (call.matcher(check.expression()).find()) {
                        users.add("check " + check.name() + " on " + t.name());
                    }
                }
                for (Index index : t.indexes()) {
                    for (IndexKey key : index.keys()) {
                        if (key.expression() != null && call.matcher(key.expression()).find()) {
                            users.add("index " + index.name() + " on " + t.name());
                        }
                    }
                }
            }
        }
        List<String> distinct = users.stream().distinct().toList();
        return distinct.isEmpty() ? "" : " (" + String.join(", ", distinct) + ")";
    }

    private static String bareName(String name) {
        String n = name.replace("\"", "").toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(dot + 1);
    }

    private static String database(Connection connection) {
        try {
            return connection.getCatalog();
        } catch (SQLException e) {
            return "(the target)";
        }
    }
}
