-- What SchemaCrawler does not tell about the primary keys, unique constraints and foreign keys of one
-- schema: when each is checked (DEFERRABLE, INITIALLY DEFERRED), a foreign key's MATCH type, and whether a
-- unique constraint's index treats NULLs as not distinct (PostgreSQL 15+; read through to_jsonb, so older
-- servers give NULL). One row per constraint.
SELECT c.relname AS table_name,
       con.conname AS constraint_name,
       con.condeferrable AS is_deferrable,
       con.condeferred AS is_deferred,
       con.confmatchtype AS match_type,
       CASE WHEN con.contype = 'u'
            THEN (pg_catalog.to_jsonb(ui) ->> 'indnullsnotdistinct')::boolean END AS nulls_not_distinct
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_index ui ON con.contype = 'u' AND ui.indexrelid = con.conindid
WHERE n.nspname = ?
  AND c.relkind IN ('r', 'p')
  AND con.contype IN ('p', 'u', 'f')
