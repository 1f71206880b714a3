-- What SchemaCrawler does not tell about the columns of one schema: the collation of each column whose
-- collation is not its type's default. One row per such column.
SELECT c.relname AS table_name,
       a.attname AS column_name,
       coll.collname AS collation
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_collation coll ON coll.oid = a.attcollation
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'p')
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND a.attcollation <> t.typcollation
