package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.SqlType;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The two models being compared (already filtered by {@link DiffOptions#includeTable()}), the options, and
 * the columns the diff rebuilds (drops and adds again) because PostgreSQL cannot alter them in place.
 */
record DiffContext(SchemaModel desired, SchemaModel actual, DiffOptions options,
                   Map<String, Set<String>> rebuiltColumns, Map<String, Table> desiredTables,
                   Map<String, Table> actualTables, Map<String, NameOnlyChanges> nameOnly) {

    static DiffContext of(SchemaModel desired, SchemaModel actual, DiffOptions options) {
        SchemaModel d = filter(desired, options);
        SchemaModel a = filter(actual, options);
        // tables by name: lookups stay constant-time at thousands of tables
        Map<String, Table> desiredTables = byName(d);
        Map<String, Table> actualTables = byName(a);
        Map<String, Set<String>> rebuilt = new TreeMap<>();
        Map<String, NameOnlyChanges> nameOnly = new HashMap<>();
        for (Table dt : d.tables()) {
            Table at = actualTables.get(dt.name());
            if (at != null) {
                rebuilt.put(dt.name(), rebuiltColumns(dt, at));
                nameOnly.put(dt.name(), NameOnlyChanges.of(dt, at));
            }
        }
        Map<String, Set<String>> freed = new HashMap<>();
        nameOnly.forEach((t, n) -> freed.put(t, n.freedIndexNames(actualTables.get(t))));
        // how many tables free each name: a table's renames must not take a name another table frees (linear in
        // the names freed, not in tables squared: at thousands of tables almost none are)
        Map<String, Integer> freedBy = new HashMap<>();
        freed.values().forEach(names -> names.forEach(name -> freedBy.merge(name, 1, Integer::sum)));
        nameOnly.replaceAll((t, n) -> {
            Set<String> own = freed.getOrDefault(t, Set.of());
            Set<String> elsewhere = new TreeSet<>();
            freedBy.forEach((name, tables) -> {
                if (tables > (own.contains(name) ? 1 : 0)) {
                    elsewhere.add(name);
                }
            });
            return n.withoutIndexNames(elsewhere);
        });
        return new DiffContext(d, a, options, Map.copyOf(rebuilt), desiredTables, actualTables, nameOnly);
    }

    private static Map<String, Table> byName(SchemaModel m) {
        Map<String, Table> out = new HashMap<>();
        for (Table t : m.tables()) {
            out.putIfAbsent(t.name(), t); // the first, as SchemaModel.table(name) finds it
        }
        return out;
    }

    private static SchemaModel filter(SchemaModel m, DiffOptions options) {
        return m.withTables(m.tables().stream().filter(t -> options.includeTable().test(t.name())).toList());
    }

    /**
     * Columns on both sides whose generated expression differs: PostgreSQL cannot change a generation
     * expression, so the column is dropped and added again.
     */
    private static Set<String> rebuiltColumns(Table desired, Table actual) {
        Set<String> out = new TreeSet<>();
        for (Column dc : desired.columns()) {
            actual.column(dc.name()).ifPresent(ac -> {
                if (!Objects.equals(dc.generatedExpression(), ac.generatedExpression())) {
                    out.add(dc.name());
                }
            });
        }
        return Set.copyOf(out);
    }

    /** Whether the column is dropped and added again; only columns of tables on both sides can be. */
    boolean rebuilt(String table, String column) {
        return rebuiltColumns.getOrDefault(table, Set.of()).contains(column);
    }

    boolean anyRebuilt(String table, List<String> columns) {
        return columns.stream().anyMatch(c -> rebuilt(table, c));
    }

    /** Whether an SQL expression names a rebuilt column of {@code table} (as a whole word). */
    boolean mentionsRebuilt(String table, String expression) {
        if (expression == null) {
            return false;
        }
        for (String c : rebuiltColumns.getOrDefault(table, Set.of())) {
            if (Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(c) + "\"?(?![\\w$])").matcher(expression).find()) {
                return true;
            }
        }
        return false;
    }

    /** The values {@link EnumValuePlan} drops from enum type {@code typeName}. */
    Set<String> droppedEnumValues(String typeName) {
        Optional<EnumType> d = desired.enumType(typeName);
        Optional<EnumType> a = actual.enumType(typeName);
        if (d.isEmpty() || a.isEmpty() || d.get().equals(a.get())) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>(a.get().values());
        out.removeAll(d.get().values());
        return out;
    }

    /** Whether a default names (as {@code 'value'}) an enum value that is dropped. */
    boolean namesDroppedEnumValue(SqlType type, String defaultExpression) {
        if (defaultExpression == null) {
            return false;
        }
        return droppedEnumValues(type.name()).stream().anyMatch(v -> defaultExpression.contains("'" + v + "'"));
    }

    /** What differs only by name in {@code table} (on both sides); nothing for other tables. */
    NameOnlyChanges nameOnly(String table) {
        return nameOnly.getOrDefault(table, NameOnlyChanges.NONE);
    }

    Optional<Table> desiredTable(String name) {
        return Optional.ofNullable(desiredTables.get(name));
    }

    Optional<Table> actualTable(String name) {
        return Optional.ofNullable(actualTables.get(name));
    }
}
