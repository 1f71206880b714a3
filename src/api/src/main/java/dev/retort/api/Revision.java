package dev.retort.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The header of a migration class: its place in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id, e.g. {@code 3f2a9c1b7d04}. */
    String id();

    /** Parent revision ids; empty for a base revision, two or more for a merge. */
    String[] parents() default {};

    /** The message given to {@code retort revision -m}. */
    String message() default "";

    /** Creation time, ISO-8601 UTC, e.g. {@code 2026-11-21T08:00:00Z}. */
    String created() default "";

    /** Branch labels carried by this revision. */
    String[] branchLabels() default {};

    /** Revisions this one depends on without descending from them. */
    String[] dependsOn() default {};

    /**
     * Whether the migration runs in one transaction together with its version-table write. Set to false
     * for statements PostgreSQL refuses inside a transaction, such as {@code CREATE INDEX CONCURRENTLY}.
     */
    boolean transactional() default true;

    /**
     * Declares that this migration cannot be undone (its downgrade throws, or would lose what cannot be
     * restored). {@code retort downgrade} then refuses, before running anything, to go below it, and
     * {@code retort check --ci} does not try its downgrade. Autogenerate sets it when a step has no inverse.
     */
    boolean irreversible() default false;
}
