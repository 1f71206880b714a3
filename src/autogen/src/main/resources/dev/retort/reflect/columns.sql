-- Columns of every table of one schema, in declaration order, with default or generation expression,
-- identity kind and the start/increment of the identity's own sequence, comments, and the collation when it
-- is not the type's default.
SELECT c.relname AS table_name,
       a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS column_type,
       a.attnotnull AS not_null,
       a.attidentity AS identity,
       a.attgenerated AS generated,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS expression,
       seq.seqstart AS identity_start,
       seq.seqincrement AS identity_increment,
       d.description AS comment,
       CASE WHEN a.attcollation <> t.typcollation THEN coll.collname END AS collation
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_collation coll ON coll.oid = a.attcollation
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN (pg_catalog.pg_depend dep
           JOIN pg_catalog.pg_sequence seq ON seq.seqrelid = dep.objid)
       ON a.attidentity <> ''
      AND dep.classid = 'pg_catalog.pg_class'::regclass
      AND dep.refclassid = 'pg_catalog.pg_class'::regclass
      AND dep.refobjid = a.attrelid
      AND dep.refobjsubid = a.attnum
      AND dep.deptype = 'i'
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'p')
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY c.relname, a.attnum
