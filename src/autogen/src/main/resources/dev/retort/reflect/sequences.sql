-- Sequences of one schema, with the table of the column that owns one (SERIAL, OWNED BY, identity);
-- owner_kind is 'i' for an identity column's sequence, 'a' for SERIAL / OWNED BY.
SELECT c.relname AS sequence_name,
       s.seqstart AS start_value,
       s.seqincrement AS increment,
       owner.relname AS owner_table,
       owner_att.attname AS owner_column,
       dep.deptype AS owner_kind
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
WHERE n.nspname = ?
  -- objects an extension installed (PostGIS's spatial_ref_sys) belong to the extension, not the project
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_class'::regclass
                  AND x.objid = c.oid AND x.deptype = 'e')
