-- SchemaCrawler TABLE_COLUMNS view for data_dictionary_all (shaped like DatabaseMetaData.getColumns):
-- TYPE_NAME is pg_type.typname (_int4 for integer[]), COLUMN_SIZE the length of character and bit types
-- or the precision of numeric, DECIMAL_DIGITS the scale of numeric or the fractional-seconds precision
-- of time types, all taken from the typmod of the column (of the element for arrays).
SELECT current_database() AS table_cat,
       n.nspname AS table_schem,
       c.relname AS table_name,
       a.attname AS column_name,
       CASE WHEN t.typcategory = 'A' THEN 2003 ELSE 1111 END AS data_type,
       t.typname AS type_name,
       CASE
           WHEN et.typname IN ('varchar', 'bpchar') THEN
               CASE WHEN a.atttypmod > 4 THEN a.atttypmod - 4 ELSE 2147483647 END
           WHEN et.typname IN ('bit', 'varbit') THEN
               CASE WHEN a.atttypmod > 0 THEN a.atttypmod ELSE 2147483647 END
           WHEN et.typname = 'numeric' THEN
               CASE WHEN a.atttypmod >= 4 THEN ((a.atttypmod - 4) >> 16) & 65535 ELSE 0 END
           ELSE 0
       END AS column_size,
       CASE
           WHEN et.typname = 'numeric' THEN
               CASE WHEN a.atttypmod >= 4 THEN (((a.atttypmod - 4) & 2047) # 1024) - 1024 ELSE 0 END
           WHEN et.typname IN ('time', 'timetz', 'timestamp', 'timestamptz') THEN
               CASE WHEN a.atttypmod >= 0 THEN a.atttypmod ELSE 6 END
           WHEN et.typname = 'interval' THEN
               CASE WHEN a.atttypmod >= 0 AND (a.atttypmod & 65535) <> 65535 THEN a.atttypmod & 65535 ELSE 6 END
           ELSE 0
       END AS decimal_digits,
       10 AS num_prec_radix,
       CASE WHEN a.attnotnull THEN 0 ELSE 1 END AS nullable,
       d.description AS remarks,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS column_def,
       a.attnum AS ordinal_position,
       CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS is_nullable,
       CASE WHEN a.attidentity <> '' OR pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) LIKE 'nextval(%'
            THEN 'YES' ELSE 'NO' END AS is_autoincrement,
       CASE WHEN a.attgenerated <> '' THEN 'YES' ELSE 'NO' END AS is_generatedcolumn
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_'
  AND a.attnum > 0
  AND NOT a.attisdropped
