-- Indexes of one schema that do not back a primary key, unique or exclusion constraint: one row per
-- index column (key columns first, then INCLUDE columns), with the expression of expression keys, each
-- key's collation when it differs from the column's own (or, for an expression, the default one of the type
-- its operator class takes) and
-- its operator class when it is not the default one, and whether NULLs are not distinct (PostgreSQL 15+;
-- read through to_jsonb, so older servers give NULL).
SELECT c.relname AS table_name,
       ic.relname AS index_name,
       i.indisunique AS is_unique,
       i.indisvalid AS is_valid,
       i.indnkeyatts AS key_count,
       am.amname AS access_method,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
       (pg_catalog.to_jsonb(i) ->> 'indnullsnotdistinct')::boolean AS nulls_not_distinct,
       k.position,
       a.attname AS column_name,
       CASE WHEN i.indkey[k.position - 1] = 0
            THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.position::int, true) END AS expression,
       k.position <= i.indnkeyatts AND (i.indoption[k.position - 1] & 1) = 1 AS descending,
       CASE WHEN k.position <= i.indnkeyatts AND coll.oid IS NOT NULL
                 AND coll.oid <> COALESCE(a.attcollation, it.typcollation)
            THEN coll.collname END AS key_collation,
       CASE WHEN k.position <= i.indnkeyatts AND NOT opc.opcdefault
            THEN CASE WHEN pg_catalog.pg_opclass_is_visible(opc.oid) THEN opc.opcname
                      ELSE opcn.nspname || '.' || opc.opcname END END AS key_opclass
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL generate_series(1, i.indnatts::int) AS k(position)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.position - 1]
                                   AND i.indkey[k.position - 1] <> 0
LEFT JOIN pg_catalog.pg_collation coll ON coll.oid = i.indcollation[k.position - 1]
LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[k.position - 1]
LEFT JOIN pg_catalog.pg_type it ON it.oid = opc.opcintype
LEFT JOIN pg_catalog.pg_namespace opcn ON opcn.oid = opc.opcnamespace
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'p')
  AND NOT i.indisprimary
  AND NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = i.indexrelid
                    AND con.conrelid = i.indrelid
                    AND con.contype IN ('p', 'u', 'x'))
ORDER BY c.relname, ic.relname, k.position
