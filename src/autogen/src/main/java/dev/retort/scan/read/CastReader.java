package dev.retort.scan.read;

import dev.retort.model.Cast;
import dev.retort.model.EnumType;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The casts Hibernate creates along with a named enum type: {@code create cast (varchar as Status) with inout as
 * implicit} and {@code create cast (Status as varchar) with inout as implicit}, statements of the same auxiliary
 * database object as the {@code create type} ({@link EnumTypeReader}). Those statements are read, so the model
 * holds what Hibernate will create; only casts between {@code varchar} and an enum type of the model are kept,
 * the casts the model covers ({@link Cast}).
 */
final class CastReader {
    private static final Pattern CREATE_CAST = Pattern.compile(
            "(?is)^\\s*create\\s+cast\\s*\\(\\s*(.+?)\\s+as\\s+(.+?)\\s*\\)\\s*"
                    + "(with\\s+inout|without\\s+function|with\\s+function\\s+(.+?))"
                    + "(\\s+as\\s+(implicit|assignment))?\\s*$");

    private CastReader() {
    }

    static List<Cast> read(ReadContext context, List<EnumType> enums) {
        Set<String> types = enums.stream().filter(e -> e.schema() == null).map(EnumType::name).collect(Collectors.toSet());
        List<Cast> out = new ArrayList<>();
        for (AuxiliaryDatabaseObject object : context.metadata().getDatabase().getAuxiliaryDatabaseObjects()) {
            if (!object.appliesToDialect(context.dialect())) {
                continue;
            }
            for (String statement : object.sqlCreateStrings(context.sql())) {
                Matcher m = CREATE_CAST.matcher(statement);
                if (!m.matches()) {
                    continue;
                }
                Cast cast = new Cast(type(m.group(1)), type(m.group(2)), context(m.group(6)), method(m.group(3)),
                        m.group(4) == null ? null : m.group(4).strip());
                if (types.contains(cast.enumType()) && cast.between(cast.enumType())
                        && out.stream().noneMatch(cast::samePair)) {
                    out.add(cast);
                }
            }
        }
        return out;
    }

    /** {@code varchar} and {@code character varying} are {@link Cast#VARCHAR}; other names are identifiers. */
    private static String type(String written) {
        String t = written.strip();
        String words = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return words.equals("varchar") || words.equals("character varying") ? Cast.VARCHAR : Identifiers.fold(t);
    }

    private static Cast.Context context(String written) {
        if (written == null) {
            return Cast.Context.EXPLICIT;
        }
        return written.equalsIgnoreCase("implicit") ? Cast.Context.IMPLICIT : Cast.Context.ASSIGNMENT;
    }

    private static Cast.Method method(String written) {
        String w = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return w.equals("with inout") ? Cast.Method.INOUT
                : w.equals("without function") ? Cast.Method.BINARY : Cast.Method.FUNCTION;
    }
}
