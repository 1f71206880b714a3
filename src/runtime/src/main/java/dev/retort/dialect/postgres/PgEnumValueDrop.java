package dev.retort.dialect.postgres;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.retort.dialect.postgres.PgIdentifiers.literal;

/**
 * Removes a value from an enum type. PostgreSQL has no {@code ALTER TYPE ... DROP VALUE}, so one
 * {@code DO} block rebuilds the type: it renames the old type aside, creates the type again with the
 * labels it reads from {@code pg_enum} (in {@code enumsortorder}, less the dropped one), converts every
 * table column of the type or of its array type through text (dropping and restoring column defaults
 * around the conversion), and drops the old type. Check constraints and indexes (partial or on
 * expressions) that use the type are dropped first and created again from their definitions on the new
 * type, and so are its casts that need no function (the implicit casts Hibernate creates between
 * {@code varchar} and a named enum type). Anything else that uses it (a view or rule, a generated column, a default of a column of another
 * type, a function, a domain, a composite type) makes the block fail before it changes anything, naming
 * those objects. Plain SQL, so it prints the same offline.
 *
 * <p>Rows that still hold the dropped value make the conversion fail with PostgreSQL's
 * {@code invalid input value for enum} error; the block fails up front when the type or the value is missing.
 */
final class PgEnumValueDrop {
    private PgEnumValueDrop() {
    }

    private static final String TEMPLATE = """
            DECLARE
                old_type regtype := to_regtype(:type_sql);
                array_type oid;
                type_schema name;
                new_type text;
                labels text;
                refused text;
                drop_sql text;
                create_sql text;
                rebuild text[] := '{}';
                casts text[] := '{}';
                dep record;
                col record;
            BEGIN
                IF old_type IS NULL THEN
                    RAISE EXCEPTION 'cannot drop value % from enum type %: the type does not exist', :value, :type;
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_enum WHERE enumtypid = old_type AND enumlabel = :value) THEN
                    RAISE EXCEPTION 'cannot drop value % from enum type %: the type has no such value', :value, :type;
                END IF;
                SELECT n.nspname, t.typarray INTO type_schema, array_type
                  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.oid = old_type;
                -- what uses the type and cannot be rebuilt here: refused up front, named, nothing changed
                SELECT string_agg(DISTINCT what, ', ') INTO refused FROM (
                    SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS what
                      FROM pg_depend d
                     WHERE d.refclassid = 'pg_type'::regclass AND d.refobjid IN (old_type, array_type)
                       AND d.deptype = 'n'
                       AND NOT (d.classid = 'pg_class'::regclass AND d.objsubid > 0 AND EXISTS (
                                SELECT 1 FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
                                 WHERE c.oid = d.objid AND a.attnum = d.objsubid AND c.relkind IN ('r', 'p')
                                   AND a.attgenerated = ''))
                       AND NOT (d.classid = 'pg_attrdef'::regclass AND EXISTS (
                                SELECT 1 FROM pg_attrdef ad
                                  JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
                                 WHERE ad.oid = d.objid AND a.attgenerated = ''
                                   AND a.atttypid IN (old_type, array_type)))
                       AND NOT (d.classid = 'pg_constraint'::regclass AND EXISTS (
                                SELECT 1 FROM pg_constraint k WHERE k.oid = d.objid AND k.contype = 'c'
                                   AND k.conrelid <> 0))
                       AND NOT (d.classid = 'pg_class'::regclass AND d.objsubid = 0 AND EXISTS (
                                SELECT 1 FROM pg_index x WHERE x.indexrelid = d.objid)
                                AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = d.objid))
                       AND NOT (d.classid = 'pg_cast'::regclass AND d.refobjid = old_type AND EXISTS (
                                SELECT 1 FROM pg_cast k WHERE k.oid = d.objid AND k.castfunc = 0))
                    UNION ALL
                    SELECT pg_describe_object(d.classid, d.objid, d.objsubid)
                      FROM pg_attribute a
                      JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = a.attrelid
                                      AND d.refobjsubid = a.attnum
                     WHERE a.atttypid IN (old_type, array_type) AND a.attnum > 0 AND NOT a.attisdropped
                       AND (d.classid = 'pg_rewrite'::regclass
                            OR (d.classid = 'pg_attrdef'::regclass AND EXISTS (
                                SELECT 1 FROM pg_attrdef ad
                                  JOIN pg_attribute g ON g.attrelid = ad.adrelid AND g.attnum = ad.adnum
                                 WHERE ad.oid = d.objid AND g.attgenerated <> '')))
                ) uses;
                IF refused IS NOT NULL THEN
                    RAISE EXCEPTION 'cannot drop value % from enum type %: % use the type; Retort rebuilds only table columns of the type, their defaults, check constraints and indexes. In the migration, drop those objects before op.dropEnumValue and create them again after', :value, :type, refused;
                END IF;
                -- check constraints and indexes that use the type: dropped now, created again on the new type
                FOR dep IN
                    SELECT DISTINCT d.classid, d.objid
                      FROM pg_depend d
                     WHERE d.refclassid = 'pg_type'::regclass AND d.refobjid IN (old_type, array_type)
                       AND d.deptype = 'n' AND d.objsubid = 0
                       AND d.classid IN ('pg_constraint'::regclass, 'pg_class'::regclass)
                     ORDER BY d.classid, d.objid
                LOOP
                    IF dep.classid = 'pg_constraint'::regclass THEN
                        SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
                               format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname,
                                      pg_get_constraintdef(oid))
                          INTO drop_sql, create_sql FROM pg_constraint WHERE oid = dep.objid;
                    ELSE
                        SELECT format('DROP INDEX %s', dep.objid::regclass), pg_get_indexdef(dep.objid)
                          INTO drop_sql, create_sql;
                    END IF;
                    EXECUTE drop_sql;
                    rebuild := rebuild || create_sql;
                END LOOP;
                new_type := format('%I.%I', type_schema, :type);
                -- casts of the type without a function (Hibernate's implicit casts to and from varchar): dropped
                -- now, created again on the new type
                FOR dep IN
                    SELECT c.castsource, c.casttarget, c.castcontext, c.castmethod
                      FROM pg_cast c
                     WHERE c.castfunc = 0 AND (c.castsource = old_type OR c.casttarget = old_type)
                     ORDER BY c.oid
                LOOP
                    EXECUTE format('DROP CAST (%s AS %s)', dep.castsource::regtype, dep.casttarget::regtype);
                    casts := casts || format('CREATE CAST (%s AS %s) %s%s',
                        CASE WHEN dep.castsource = old_type THEN new_type ELSE dep.castsource::regtype::text END,
                        CASE WHEN dep.casttarget = old_type THEN new_type ELSE dep.casttarget::regtype::text END,
                        CASE dep.castmethod WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END,
                        CASE dep.castcontext WHEN 'i' THEN ' AS IMPLICIT' WHEN 'a' THEN ' AS ASSIGNMENT' ELSE '' END);
                END LOOP;
                SELECT string_agg(quote_literal(enumlabel), ', ' ORDER BY enumsortorder) INTO labels
                  FROM pg_enum WHERE enumtypid = old_type AND enumlabel <> :value;
                EXECUTE format('ALTER TYPE %s RENAME TO %I', old_type, :temp);
                EXECUTE format('CREATE TYPE %s AS ENUM (%s)', new_type, coalesce(labels, ''));
                FOREACH create_sql IN ARRAY casts LOOP
                    EXECUTE create_sql;
                END LOOP;
                FOR col IN
                    SELECT a.attrelid::regclass AS tbl, a.attname AS name,
                           CASE WHEN a.atttypid = old_type THEN new_type ELSE new_type || '[]' END AS target,
                           CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default_expr
                      FROM pg_attribute a
                      JOIN pg_class c ON c.oid = a.attrelid
                      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                     WHERE a.atttypid IN (old_type, (SELECT typarray FROM pg_type WHERE oid = old_type))
                       AND a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount = 0
                       AND c.relkind IN ('r', 'p')
                     ORDER BY a.attrelid, a.attnum
                LOOP
                    IF col.default_expr IS NOT NULL THEN
                        EXECUTE format('ALTER TABLE %s ALTER COLUMN %I DROP DEFAULT', col.tbl, col.name);
                    END IF;
                    EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE %s USING %I::text::%s',
                                   col.tbl, col.name, col.target, col.name, col.target);
                    IF col.default_expr IS NOT NULL THEN
                        EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET DEFAULT %s', col.tbl, col.name,
                                       replace(col.default_expr, old_type::text, new_type));
                    END IF;
                END LOOP;
                FOREACH create_sql IN ARRAY rebuild LOOP
                    EXECUTE create_sql;
                END LOOP;
                EXECUTE format('DROP TYPE %s', old_type);
            END""";

    private static final Pattern PARAMETER = Pattern.compile(":(type_sql|type|value|temp)\\b");

    /** The DO block that drops {@code value} from enum type {@code type} of {@code schema} (null: the project's). */
    static String statement(String schema, String type, String value) {
        Map<String, String> parameters = Map.of(
                "type_sql", literal(PgSql.relation(schema, type)),
                "type", literal(type),
                "value", literal(value),
                "temp", literal(PgNames.withSuffix(type, "__retort_old")));
        // one pass, so that a parameter's text is never substituted again
        Matcher m = PARAMETER.matcher(TEMPLATE);
        StringBuilder body = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(body, Matcher.quoteReplacement(parameters.get(m.group(1))));
        }
        m.appendTail(body);
        String tag = dollarTag(body.toString());
        return "DO " + tag + "\n" + body + "\n" + tag;
    }

    /** {@code $retort$}, or a variant that the body does not contain. */
    private static String dollarTag(String body) {
        String tag = "$retort$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$retort_" + i + "$";
        }
        return tag;
    }
}
