-- Partitions of partitioned tables in one schema; the readers leave them out.
SELECT c.relname AS table_name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ?
  AND c.relispartition
