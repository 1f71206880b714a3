package dev.retort.scan.read;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckColumnsTest {
    private static final Set<String> COLUMNS = Set.of("low", "high", "kind", "length", "Mixed");

    private static List<String> referenced(String expression) {
        return List.copyOf(CheckColumns.referenced(expression, COLUMNS));
    }

    @Test
    void findsEachColumnOnce() {
        assertEquals(List.of("low"), referenced("low >= 0 and low < 10"));
        assertEquals(List.of("low", "high"), referenced("low <= high"));
    }

    @Test
    void ignoresLiteralsFunctionsCastsAndKeywords() {
        assertEquals(List.of("kind"), referenced("kind in ('low','high')"));
        assertEquals(List.of("kind"), referenced("length(kind) > 2"));
        assertEquals(List.of("kind"), referenced("kind::length is not null"));
        assertEquals(List.of(), referenced("'it''s low' = 'x'"));
    }

    @Test
    void foldsBareNamesAndKeepsQuotedOnes() {
        assertEquals(List.of("high"), referenced("HIGH > 1"));
        assertEquals(List.of("Mixed"), referenced("\"Mixed\" > 1"));
        assertEquals(List.of(), referenced("mixed > 1"));
    }
}
