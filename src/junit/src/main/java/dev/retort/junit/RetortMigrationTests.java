package dev.retort.junit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * The four tests every project's migrations should pass, for a {@link RetortMigrationTest} class to implement.
 * Each starts on an empty database; a failure reads like {@code retort check}'s report and names the revision.
 */
public interface RetortMigrationTests {

    /** The migrations have one head: two branches need a merge revision. */
    @Test
    default void singleHead(RetortDatabase db) {
        MigrationChecks.singleHead(db);
    }

    /** Every migration applies, from base (an empty database) to the heads. */
    @Test
    default void upgradesFromBaseToHead(RetortDatabase db) {
        MigrationChecks.upgradesFromBaseToHead(db);
    }

    /**
     * One test per revision, from base: upgrade to it, downgrade one step (the schema must be the one before it),
     * upgrade again (the schema must be the one of the first upgrade). The stairway of {@code retort check --ci}.
     */
    @TestFactory
    default Stream<DynamicTest> stairway(RetortDatabase db) {
        return MigrationChecks.stairway(db);
    }

    /** At head, the database equals the entities: {@code retort check} finds no drift. */
    @Test
    default void entitiesMatchHead(RetortDatabase db) {
        MigrationChecks.entitiesMatchHead(db);
    }
}
