/**
 * JPA entities → the desired {@link dev.retort.model.SchemaModel}, read from Hibernate ORM's own boot metamodel
 * for PostgreSQL, booted offline (no JDBC access, product and version given).
 *
 * <p>Entry points: {@link dev.retort.scan.EntityScanner#scan(dev.retort.scan.ScanRequest)} and
 * {@link dev.retort.scan.HibernateDdl}, Hibernate's create script for the same metamodel (the test oracle's input).
 *
 * <p>Conventions of the scanned model, which the reflect side and the normalizer must share:
 * <ul>
 * <li>Names are as PostgreSQL stores them: unquoted names folded to lower case, quoted names kept, all cut to
 *     63 bytes. Names are bare; each table, sequence and enum type carries the schema it lands in (its own
 *     {@code schema = ...}, else {@code hibernate.default_schema}), or null when neither says (the connection's
 *     schema). Foreign keys carry the schema of the table they reference the same way. The autogenerate engine
 *     then takes the project's schema as the unstated one ({@link dev.retort.model.SchemaModel#relativeTo}).</li>
 * <li>Names of constraints Hibernate leaves unnamed are predicted as PostgreSQL picks them:
 *     {@code <table>_pkey}, {@code <table>_<col1>_<col2>_key} for unique constraints (on PostgreSQL, Hibernate 7.4
 *     writes its implicit {@code UK...} names nowhere), {@code <table>_<column>_check} for a check that refers to
 *     exactly one column and {@code <table>_check} otherwise, numbered on collision across the schema.</li>
 * <li>Check, default and generation expressions are Hibernate's text, not normalized (see
 *     {@code ScanMatchesHibernateDdlTest} for how PostgreSQL prints them back).</li>
 * <li>Identity columns are not null and carry {@link dev.retort.model.Identity#byDefault()} with database-default
 *     start and increment; their implicit sequences are not in the model.</li>
 * </ul>
 */
package dev.retort.scan;
