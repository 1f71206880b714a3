package dev.retort.reflect;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CheckDefinitionsTest {

    @Test
    void stripsOnlyTheCheckWrapper() {
        assertEquals("(total >= (0)::numeric)", CheckDefinitions.expression("CHECK ((total >= (0)::numeric))"));
        assertEquals("((a > 0) AND (b > 0))", CheckDefinitions.expression("CHECK (((a > 0) AND (b > 0)))"));
        assertEquals("false", CheckDefinitions.expression("CHECK (false)"));
    }

    @Test
    void dropsTrailingMarkers() {
        assertEquals("(x > 0)", CheckDefinitions.expression("CHECK ((x > 0)) NOT VALID"));
        assertEquals("(x > 0)", CheckDefinitions.expression("CHECK ((x > 0)) NO INHERIT"));
    }

    @Test
    void parenthesesInsideLiteralsAndQuotedNamesDoNotCount() {
        assertEquals("((note)::text <> ')'::text)", CheckDefinitions.expression("CHECK (((note)::text <> ')'::text))"));
        assertEquals("(\"we)ird\" > 0)", CheckDefinitions.expression("CHECK ((\"we)ird\" > 0))"));
        assertEquals("(s <> 'it''s (')", CheckDefinitions.expression("CHECK ((s <> 'it''s ('))"));
    }

    @Test
    void rejectsWhatIsNotACheck() {
        assertThrows(IllegalArgumentException.class, () -> CheckDefinitions.expression("UNIQUE (a)"));
        assertThrows(IllegalArgumentException.class, () -> CheckDefinitions.expression("CHECK ((a > 0)"));
        assertThrows(IllegalArgumentException.class, () -> CheckDefinitions.expression(null));
    }
}
