-- Indexes of one schema that do not back a primary key, unique or exclusion constraint: one row per
-- index column (key columns first, then INCLUDE columns), with the expression of expression keys.
SELECT c.relname AS table_name,
       ic.relname AS index_name,
       i.indisunique AS is_unique,
       i.indisvalid AS is_valid,
       i.indnkeyatts AS key_count,
       am.amname AS access_method,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
       k.position,
       a.attname AS column_name,
       CASE WHEN i.indkey[k.position - 1] = 0
            THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.position::int, true) END AS expression,
       k.position <= i.indnkeyatts AND (i.indoption[k.position - 1] & 1) = 1 AS descending
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL generate_series(1, i.indnatts::int) AS k(position)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.position - 1]
                                   AND i.indkey[k.position - 1] <> 0
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'p')
  AND NOT i.indisprimary
  AND NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = i.indexrelid
                    AND con.conrelid = i.indrelid
                    AND con.contype IN ('p', 'u', 'x'))
ORDER BY c.relname, ic.relname, k.position
