-- Replaces the PostgreSQL plug-in's SEQUENCES view for SchemaCrawler (whose START_VALUE is always NULL):
-- every sequence with its start value and, as extra attributes, the table that owns it and how
-- (OWNER_KIND 'i' for an identity column's sequence, 'a' for SERIAL / OWNED BY).
SELECT current_database() AS sequence_catalog,
       n.nspname AS sequence_schema,
       c.relname AS sequence_name,
       s.seqincrement AS increment,
       s.seqstart AS start_value,
       s.seqmin AS minimum_value,
       s.seqmax AS maximum_value,
       CASE WHEN s.seqcycle THEN 'YES' ELSE 'NO' END AS cycle_option,
       owner.relname AS owner_table,
       owner_att.attname AS owner_column,
       dep.deptype::text AS owner_kind
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend dep
       ON dep.classid = 'pg_catalog.pg_class'::regclass
      AND dep.objid = c.oid
      AND dep.refclassid = 'pg_catalog.pg_class'::regclass
      AND dep.refobjsubid > 0
      AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class owner ON owner.oid = dep.refobjid
LEFT JOIN pg_catalog.pg_attribute owner_att ON owner_att.attrelid = dep.refobjid AND owner_att.attnum = dep.refobjsubid
-- sequences an extension installed belong to the extension, not the project
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_class'::regclass
                  AND x.objid = c.oid AND x.deptype = 'e')
