-- Identity columns of one schema with the start and increment of each one's own sequence
-- (supplements SchemaCrawler, which only says "auto-incremented").
SELECT c.relname AS table_name,
       a.attname AS column_name,
       a.attidentity AS identity,
       seq.seqstart AS identity_start,
       seq.seqincrement AS identity_increment
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN (pg_catalog.pg_depend dep
           JOIN pg_catalog.pg_sequence seq ON seq.seqrelid = dep.objid)
       ON dep.classid = 'pg_catalog.pg_class'::regclass
      AND dep.refclassid = 'pg_catalog.pg_class'::regclass
      AND dep.refobjid = a.attrelid
      AND dep.refobjsubid = a.attnum
      AND dep.deptype = 'i'
WHERE n.nspname = ?
  AND a.attidentity <> ''
  AND a.attnum > 0
  AND NOT a.attisdropped
