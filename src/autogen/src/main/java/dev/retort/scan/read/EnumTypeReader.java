package dev.retort.scan.read;

import dev.retort.model.EnumType;
import dev.retort.scan.ScanException;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL enum types that Hibernate creates for {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} (values sorted by
 * name) and {@code NAMED_ORDINAL_ENUM} (values in ordinal order) columns. They are auxiliary database objects
 * whose first statement is {@code create type Name as enum ('A','B')}; that statement is read, so the model
 * holds exactly what Hibernate will create.
 */
final class EnumTypeReader {
    private static final Pattern CREATE_ENUM = Pattern.compile(
            "(?is)^\\s*create\\s+type\\s+(\\S+)\\s+as\\s+enum\\s*\\((.*)\\)\\s*$");

    private EnumTypeReader() {
    }

    static List<EnumType> read(ReadContext context) {
        Database database = context.metadata().getDatabase();
        SqlStringGenerationContext sql = context.sql();
        List<EnumType> out = new ArrayList<>();
        for (AuxiliaryDatabaseObject object : database.getAuxiliaryDatabaseObjects()) {
            if (!object.appliesToDialect(context.dialect())) {
                continue;
            }
            for (String statement : object.sqlCreateStrings(sql)) {
                Matcher m = CREATE_ENUM.matcher(statement);
                if (m.matches()) {
                    out.add(enumType(m.group(1), literals(m.group(2), statement)));
                }
            }
        }
        return out;
    }

    /**
     * The type named {@code written} in Hibernate's statement: bare, so in the connection's current schema (Hibernate
     * 7.4 names enum types unqualified even with {@code hibernate.default_schema}, and so do the columns of the
     * type), or {@code schema.name}, each part folded as PostgreSQL folds it.
     */
    private static EnumType enumType(String written, List<String> values) {
        int dot = written.startsWith("\"") ? written.indexOf("\".") + 1 : written.indexOf('.');
        if (dot <= 0) {
            return new EnumType(Identifiers.fold(written), values);
        }
        return new EnumType(Identifiers.fold(written.substring(dot + 1)), values,
                Identifiers.fold(written.substring(0, dot)));
    }

    /** The values of a list of string literals such as {@code 'A','B'}. */
    static List<String> literals(String list, String statement) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < list.length()) {
            char c = list.charAt(i);
            if (c == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (i < list.length()) {
                    if (list.charAt(i) == '\'') {
                        if (i + 1 < list.length() && list.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    value.append(list.charAt(i++));
                }
                values.add(value.toString());
                i++;
            } else if (c == ',' || Character.isWhitespace(c)) {
                i++;
            } else {
                throw new ScanException("cannot read the enum values of Hibernate's statement: " + statement);
            }
        }
        return values;
    }
}
