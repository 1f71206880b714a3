-- Primary key, unique, foreign key and check constraints of one schema: one row per constrained column,
-- in constraint key order (a check that names no column has one row with a null column), with when it is
-- checked (DEFERRABLE, INITIALLY DEFERRED), a foreign key's MATCH type, and whether a unique constraint's
-- index treats NULLs as not distinct (PostgreSQL 15+; read through to_jsonb, so older servers give NULL).
SELECT c.relname AS table_name,
       con.conname AS constraint_name,
       con.contype AS constraint_type,
       a.attname AS column_name,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       ra.attname AS referenced_column,
       con.confdeltype AS on_delete,
       con.confupdtype AS on_update,
       con.condeferrable AS is_deferrable,
       con.condeferred AS is_deferred,
       con.confmatchtype AS match_type,
       CASE WHEN con.contype = 'u'
            THEN (pg_catalog.to_jsonb(ui) ->> 'indnullsnotdistinct')::boolean END AS nulls_not_distinct,
       CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid) END AS definition
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refattnum, position) ON true
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refattnum
LEFT JOIN pg_catalog.pg_index ui ON con.contype = 'u' AND ui.indexrelid = con.conindid
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'p')
  AND con.contype IN ('p', 'u', 'f', 'c')
ORDER BY c.relname, con.conname, k.position
