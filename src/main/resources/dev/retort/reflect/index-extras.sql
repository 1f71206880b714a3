-- What SchemaCrawler does not tell about the indexes of one schema: how many leading columns are keys
-- (the rest are INCLUDE columns), the access method, and each expression key as
-- pg_get_indexdef(index, key, true) prints it, and whether the index is valid (a failed CREATE INDEX
-- CONCURRENTLY leaves it invalid). One row per index column.
SELECT c.relname AS table_name,
       ic.relname AS index_name,
       i.indnkeyatts AS key_count,
       i.indisvalid AS is_valid,
       am.amname AS access_method,
       k.position,
       CASE WHEN i.indkey[k.position - 1] = 0
            THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.position::int, true) END AS expression
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL generate_series(1, i.indnatts::int) AS k(position)
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'p')
