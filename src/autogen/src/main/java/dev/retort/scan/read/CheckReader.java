package dev.retort.scan.read;

import dev.retort.model.CheckConstraint;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The check constraints of a table as Hibernate's {@code create table} declares them, in the order PostgreSQL
 * creates them, unnamed ones with the names PostgreSQL will give them.
 *
 * <p>Hibernate (7.4, {@code ColumnDefinitions} and {@code StandardTableExporter}) writes, per column, all
 * anonymous checks as one column constraint {@code check ((a) and (b))}; when a column has none, its first named
 * check goes inline as {@code constraint n check (...)}; its other named checks and then the table's own checks
 * (named or not) follow the column list. PostgreSQL processes column constraints first, then table constraints.
 */
final class CheckReader {
    private CheckReader() {
    }

    /** A check in creation order, before naming: {@code name} is null for an unnamed one. */
    private record Pending(String name, String expression) {
    }

    static List<CheckConstraint> read(ReadContext context, Table table, String tableName, Set<String> columnNames,
                                      NamespaceNames names) {
        Dialect dialect = context.dialect();
        if (!dialect.supportsColumnCheck() || !dialect.supportsTableCheck()) {
            throw new IllegalStateException("dialect " + dialect + " without column and table checks");
        }
        List<Pending> columnLevel = new ArrayList<>();
        List<Pending> tableLevel = new ArrayList<>();
        for (Column column : table.getColumns()) {
            List<org.hibernate.mapping.CheckConstraint> checks = column.getCheckConstraints();
            List<String> anonymous = checks.stream().filter(org.hibernate.mapping.CheckConstraint::isAnonymous)
                    .map(org.hibernate.mapping.CheckConstraint::getConstraint).toList();
            if (anonymous.size() == 1) {
                columnLevel.add(new Pending(null, anonymous.get(0)));
            } else if (anonymous.size() > 1) {
                columnLevel.add(new Pending(null, String.join(" and ",
                        anonymous.stream().map(a -> "(" + a + ")").toList())));
            }
            boolean firstNamedInline = anonymous.isEmpty() && dialect.supportsNamedColumnCheck();
            for (org.hibernate.mapping.CheckConstraint check : checks) {
                if (check.isNamed()) {
                    Pending named = new Pending(check.getName(), check.getConstraint());
                    if (firstNamedInline) {
                        columnLevel.add(named);
                        firstNamedInline = false;
                    } else {
                        tableLevel.add(named);
                    }
                }
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            tableLevel.add(new Pending(check.isNamed() ? check.getName() : null, check.getConstraint()));
        }
        List<Pending> all = new ArrayList<>(columnLevel);
        all.addAll(tableLevel);
        all.stream().filter(p -> p.name() != null).forEach(p -> names.takeConstraint(Identifiers.fold(p.name())));
        List<CheckConstraint> out = new ArrayList<>();
        for (Pending pending : all) {
            String name;
            if (pending.name() != null) {
                name = Identifiers.fold(pending.name());
            } else {
                Set<String> referenced = CheckColumns.referenced(pending.expression(), columnNames);
                name = names.chooseCheck(tableName, referenced.size() == 1 ? referenced.iterator().next() : null);
            }
            out.add(new CheckConstraint(name, pending.expression()));
        }
        return out;
    }
}
