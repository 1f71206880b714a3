-- SchemaCrawler INDEXES view for data_dictionary_all (shaped like DatabaseMetaData.getIndexInfo, as the
-- PostgreSQL JDBC driver fills it: every index column including INCLUDE columns, expression keys as
-- pg_get_indexdef(index, key, false) prints them, ASC_OR_DESC only for ordered access methods,
-- FILTER_CONDITION from pg_get_expr(indpred, indrelid)).
SELECT current_database() AS table_cat,
       n.nspname AS table_schem,
       c.relname AS table_name,
       NOT i.indisunique AS non_unique,
       NULL::text AS index_qualifier,
       ic.relname AS index_name,
       3 AS type,
       k.position AS ordinal_position,
       CASE WHEN i.indkey[k.position - 1] = 0
            THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.position::int, false)
            ELSE a.attname::text END AS column_name,
       CASE WHEN NOT pg_catalog.pg_indexam_has_property(am.oid, 'can_order') THEN NULL
            WHEN k.position <= i.indnkeyatts AND (i.indoption[k.position - 1] & 1) = 1 THEN 'D'
            ELSE 'A' END AS asc_or_desc,
       ic.reltuples AS cardinality,
       ic.relpages AS pages,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS filter_condition
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL generate_series(1, i.indnatts::int) AS k(position)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.position - 1]
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_'
