-- What SchemaCrawler does not tell about the indexes of one schema: how many leading columns are keys
-- (the rest are INCLUDE columns), the access method, and each expression key as
-- pg_get_indexdef(index, key, true) prints it, and whether the index is valid (a failed CREATE INDEX
-- CONCURRENTLY leaves it invalid), each key's collation and operator class as indexes.sql reads them, and
-- whether NULLs are not distinct (PostgreSQL 15+). One row per index column.
SELECT c.relname AS table_name,
       ic.relname AS index_name,
       i.indnkeyatts AS key_count,
       i.indisvalid AS is_valid,
       (pg_catalog.to_jsonb(i) ->> 'indnullsnotdistinct')::boolean AS nulls_not_distinct,
       am.amname AS access_method,
       k.position,
       CASE WHEN i.indkey[k.position - 1] = 0
            THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.position::int, true) END AS expression,
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
