package com.example.library;

import dev.retort.junit.RetortDatabase;
import dev.retort.junit.RetortMigrationTest;
import dev.retort.junit.RetortMigrationTests;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The migration tests of retort-junit (one head, upgrade from base, the stairway, the entities match the head),
 * on an embedded PostgreSQL, and a test of the data migration 3021b0449910 on seeded rows.
 */
@RetortMigrationTest
class MigrationsTest implements RetortMigrationTests {

    @Test
    void fillsTheSortNameOfExistingAuthors(RetortDatabase db) {
        db.upgrade("302ba05e5c80");                          // the revision before the data migration
        db.execute("INSERT INTO author (name) VALUES ('Ada Lovelace'), ('Plato')");
        db.upgrade("3021b0449910");                          // the data migration
        assertEquals(List.of(Map.of("name", "Ada Lovelace", "sort_name", "Lovelace, Ada"),
                        Map.of("name", "Plato", "sort_name", "Plato")),
                db.query("SELECT name, sort_name FROM author ORDER BY id"));
    }
}
