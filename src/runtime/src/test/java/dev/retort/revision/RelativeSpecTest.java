package dev.retort.revision;

import static dev.retort.revision.Fixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.revision.RevisionGraphException.Kind;

import org.junit.jupiter.api.Test;

class RelativeSpecTest {

    @Test
    void fromCurrent() {
        assertEquals(new RelativeSpec(null, null, 2, "+2"), RelativeSpec.parse("+2").orElseThrow());
        assertEquals(new RelativeSpec(null, null, -3, "-3"), RelativeSpec.parse("-3").orElseThrow());
    }

    @Test
    void fromCurrentOnABranch() {
        assertEquals(new RelativeSpec(null, "feat", 1, "feat@+1"), RelativeSpec.parse("feat@+1").orElseThrow());
        assertEquals(new RelativeSpec(null, "my-branch", -2, "my-branch@-2"),
                RelativeSpec.parse("my-branch@-2").orElseThrow());
    }

    @Test
    void fromAnAnchor() {
        assertEquals(new RelativeSpec("ae1", null, -2, "ae1-2"), RelativeSpec.parse("ae1-2").orElseThrow());
        assertEquals(new RelativeSpec("my-branch@head", null, -1, "my-branch@head-1"),
                RelativeSpec.parse("my-branch@head-1").orElseThrow());
        assertEquals(new RelativeSpec("base", null, 12, "base+12"), RelativeSpec.parse("base+12").orElseThrow());
    }

    @Test
    void notRelative() {
        assertTrue(RelativeSpec.parse("abc").isEmpty());
        assertTrue(RelativeSpec.parse("a-b").isEmpty());
        assertTrue(RelativeSpec.parse("+").isEmpty());
        assertTrue(RelativeSpec.parse("+1x").isEmpty());
        assertTrue(RelativeSpec.parse("+1234567890").isEmpty(), "too many digits is not a step count");
    }

    @Test
    void emptyLabel() {
        fails(Kind.INVALID_SPEC, () -> RelativeSpec.parse("@+1"));
    }
}
