-- SchemaCrawler PRIMARY_KEYS view for data_dictionary_all (shaped like DatabaseMetaData.getPrimaryKeys).
SELECT current_database() AS table_cat,
       n.nspname AS table_schem,
       c.relname AS table_name,
       a.attname AS column_name,
       k.position AS key_seq,
       con.conname AS pk_name
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
WHERE con.contype = 'p'
  AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_'
