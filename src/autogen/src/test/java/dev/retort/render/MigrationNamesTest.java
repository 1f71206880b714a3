package dev.retort.render;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MigrationNamesTest {
    private static final Instant T = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void classNameIsTimestampAndSlug() {
        assertEquals("M20261121080000_add_phone_verified_to_users",
                MigrationNames.className(T, "Add phone_verified to users"));
        assertEquals("M20261121080000_add_phone_verified_to_users.java",
                MigrationNames.fileName(MigrationNames.className(T, "Add phone_verified to users")));
    }

    @Test
    void slugIsLowerCaseAsciiWithSingleUnderscores() {
        assertEquals("cafe_creme_v2", MigrationNames.slug("  Café -- Crème!! v2 "));
        assertEquals("", MigrationNames.slug("!!!"));
        assertEquals("", MigrationNames.slug(null));
    }

    @Test
    void slugIsCutWithoutTrailingUnderscore() {
        String slug = MigrationNames.slug("a".repeat(39) + " b c d e f");
        assertEquals("a".repeat(39), slug);
        assertTrue(MigrationNames.slug("x".repeat(100)).length() <= MigrationNames.MAX_SLUG_LENGTH);
    }

    @Test
    void classNameWithoutSlugIsStillValid() {
        assertEquals("M20261121080000", MigrationNames.className(T, "***"));
    }

    @Test
    void headerRejectsInvalidClassNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MigrationHeader("r1", List.of(), "m", T, List.of(), List.of(), "20261121_x"));
        assertTrue(e.getMessage().contains("20261121_x") && e.getMessage().contains("r1"), e.getMessage());
    }
}
