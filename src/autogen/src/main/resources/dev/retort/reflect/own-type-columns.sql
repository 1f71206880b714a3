-- The columns of one schema's tables whose type (or array element type) is a type of that same schema: an enum,
-- domain or composite type made there. Read outside the project's schema, their types keep the schema's name.
SELECT c.relname AS table_name,
       a.attname AS column_name
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type b ON b.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'p')
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND b.typnamespace = n.oid
ORDER BY c.relname, a.attnum
