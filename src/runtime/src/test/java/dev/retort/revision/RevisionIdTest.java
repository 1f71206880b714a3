package dev.retort.revision;

import static dev.retort.revision.Fixtures.assertMessageContains;
import static dev.retort.revision.Fixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.revision.RevisionGraphException.Kind;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RevisionIdTest {

    @Test
    void generatedIdsAreTwelveLowerCaseHexCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String id = RevisionId.generate();
            assertTrue(id.matches("[0-9a-f]{12}"), id);
            assertTrue(RevisionId.isValid(id));
            seen.add(id);
        }
        assertEquals(2000, seen.size(), "48 random bits should not collide in 2000 draws");
    }

    @Test
    void generatedIdsUseAllHexDigits() {
        Set<Character> chars = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            for (char c : RevisionId.generate().toCharArray()) {
                chars.add(c);
            }
        }
        assertEquals(16, chars.size());
    }

    @Test
    void acceptsLettersDigitsAndUnderscore() {
        for (String ok : List.of("ae1027a6acf", "ABC", "add_users_table", "_", "0001", "Head", "headx")) {
            assertEquals(ok, RevisionId.validate(ok));
            assertTrue(RevisionId.isValid(ok), ok);
        }
    }

    @Test
    void rejectsOtherCharacters() {
        for (String bad : List.of("a-b", "a b", "a.b", "a@b", "a:b", "a+1", "é", "x/y", " ab")) {
            RevisionGraphException e = fails(Kind.INVALID_REVISION_ID, () -> RevisionId.validate(bad));
            assertEquals(bad, e.spec());
            assertMessageContains(e, "'" + bad + "'", "letters, digits and '_'");
            assertFalse(RevisionId.isValid(bad), bad);
        }
    }

    @Test
    void rejectsReservedWords() {
        for (String reserved : List.of("head", "heads", "base")) {
            RevisionGraphException e = fails(Kind.INVALID_REVISION_ID, () -> RevisionId.validate(reserved));
            assertMessageContains(e, "'" + reserved + "'", "reserved");
        }
    }

    @Test
    void rejectsEmptyAndNull() {
        fails(Kind.INVALID_REVISION_ID, () -> RevisionId.validate(""));
        fails(Kind.INVALID_REVISION_ID, () -> RevisionId.validate(null));
        assertFalse(RevisionId.isValid(null));
        assertFalse(RevisionId.isValid(""));
    }
}
