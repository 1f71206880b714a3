-- Casts between varchar and the enum types of one schema, either way (Hibernate creates both for a named enum).
SELECT CASE WHEN c.castsource = t.oid THEN t.typname ELSE 'varchar' END AS source,
       CASE WHEN c.casttarget = t.oid THEN t.typname ELSE 'varchar' END AS target,
       c.castcontext AS context,
       c.castmethod AS method,
       CASE WHEN c.castfunc <> 0 THEN c.castfunc::pg_catalog.regprocedure::text END AS function
FROM pg_catalog.pg_cast c
JOIN pg_catalog.pg_type t ON (c.castsource = t.oid AND c.casttarget = 'pg_catalog.varchar'::pg_catalog.regtype)
                          OR (c.casttarget = t.oid AND c.castsource = 'pg_catalog.varchar'::pg_catalog.regtype)
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ?
  AND t.typtype = 'e'
  -- types an extension installed belong to the extension, not the project
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_type'::regclass
                  AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY 1, 2
