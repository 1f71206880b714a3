-- Enum types of one schema with their labels in sort order.
SELECT t.typname AS type_name,
       e.enumlabel AS label
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE n.nspname = ?
  -- types an extension installed belong to the extension, not the project
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_type'::regclass
                  AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY t.typname, e.enumsortorder
