-- SchemaCrawler FOREIGN_KEYS view for data_dictionary_all (shaped like DatabaseMetaData.getImportedKeys;
-- rules and deferrability use the java.sql.DatabaseMetaData constants).
SELECT current_database() AS pktable_cat,
       rn.nspname AS pktable_schem,
       rc.relname AS pktable_name,
       ra.attname AS pkcolumn_name,
       current_database() AS fktable_cat,
       n.nspname AS fktable_schem,
       c.relname AS fktable_name,
       a.attname AS fkcolumn_name,
       k.position AS key_seq,
       CASE con.confupdtype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 WHEN 'd' THEN 4 END
           AS update_rule,
       CASE con.confdeltype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 WHEN 'd' THEN 4 END
           AS delete_rule,
       con.conname AS fk_name,
       ic.relname AS pk_name,
       CASE WHEN NOT con.condeferrable THEN 7 WHEN con.condeferred THEN 5 ELSE 6 END AS deferrability
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_class ic ON ic.oid = con.conindid
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refattnum, position)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refattnum
WHERE con.contype = 'f'
  AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_'
