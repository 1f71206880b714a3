-- Tables of one schema with their comments: ordinary and partitioned tables, not the partitions
-- (those are the partitioned table's business, not the entities').
SELECT c.relname AS table_name,
       d.description AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  -- objects an extension installed (PostGIS's spatial_ref_sys) belong to the extension, not the project
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_class'::regclass
                  AND x.objid = c.oid AND x.deptype = 'e')
