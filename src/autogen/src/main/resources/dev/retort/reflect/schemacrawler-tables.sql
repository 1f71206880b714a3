-- SchemaCrawler TABLES view for data_dictionary_all (shaped like DatabaseMetaData.getTables):
-- ordinary and partitioned tables of every user schema; SchemaCrawler keeps those of the crawled schema.
SELECT current_database() AS table_cat,
       n.nspname AS table_schem,
       c.relname AS table_name,
       CASE c.relkind WHEN 'p' THEN 'PARTITIONED TABLE' ELSE 'TABLE' END AS table_type,
       d.description AS remarks
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_'
  -- objects an extension installed (PostGIS's spatial_ref_sys) belong to the extension, not the project
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_class'::regclass
                  AND x.objid = c.oid AND x.deptype = 'e')
