-- Enum types of one schema with their labels in sort order.
SELECT t.typname AS type_name,
       e.enumlabel AS label
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE n.nspname = ?
ORDER BY t.typname, e.enumsortorder
