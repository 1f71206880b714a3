package dev.retort.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentCacheTest {
    private static final long TWO_DAYS = 2L * 24 * 60 * 60 * 1000;

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void age(Path entry) throws IOException {
        Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis() - TWO_DAYS));
    }

    @Test
    void aFolderEntryIsFilledOnceThenFound() throws IOException {
        ContentCache cache = new ContentCache(dir);
        AtomicInteger fills = new AtomicInteger();
        ContentCache.Filler fill = folder -> {
            fills.incrementAndGet();
            Files.writeString(folder.resolve("a.txt"), "a");
        };
        Path first = cache.entry("k", fill);
        assertEquals(dir.resolve("k"), first);
        assertEquals("a", Files.readString(first.resolve("a.txt")));
        assertEquals(first, new ContentCache(dir).entry("k", fill));
        assertEquals(1, fills.get());
        assertEquals(List.of("k"), names(), "no temporary folder left");
    }

    @Test
    void aFailedFillLeavesNothingBehind() {
        ContentCache cache = new ContentCache(dir);
        assertThrows(IllegalStateException.class, () -> cache.entry("k", folder -> {
            Files.writeString(folder.resolve("half"), "x");
            throw new IllegalStateException("compile error");
        }));
        assertTrue(Files.notExists(dir.resolve("k")));
        assertTrue(dir.toFile().list().length == 0);
    }

    @Test
    void aBrokenEarlierAttemptIsMadeAgain() throws IOException {
        Files.createDirectories(dir.resolve("k"));
        Files.writeString(dir.resolve("k/stale"), "x");
        Path entry = new ContentCache(dir).entry("k", folder -> Files.writeString(folder.resolve("a.txt"), "a"));
        assertTrue(Files.exists(entry.resolve("a.txt")));
        assertTrue(Files.notExists(entry.resolve("stale")));
    }

    @Test
    void theEntryOfARunThatPublishedFirstIsUsed() throws IOException {
        ContentCache cache = new ContentCache(dir);
        Path entry = cache.entry("k", folder -> {
            Files.writeString(folder.resolve("mine"), "x");
            // meanwhile another run publishes the same key
            cache.entry("k", other -> Files.writeString(other.resolve("theirs"), "y"));
        });
        assertTrue(Files.exists(entry.resolve("theirs")));
        assertTrue(Files.notExists(entry.resolve("mine")));
        assertEquals(List.of("k"), names());
    }

    @Test
    void entriesUnusedForADayArePrunedWhenAnotherIsPublished() throws IOException {
        ContentCache cache = new ContentCache(dir);
        cache.entry("old", folder -> { });
        cache.entry("used", folder -> { });
        cache.write("oldFile", new byte[]{1});
        Files.createDirectories(dir.resolve("x.tmp-leftover"));
        for (String name : names()) {
            age(dir.resolve(name));
        }
        cache.entry("used", folder -> { throw new AssertionError("found, not filled again"); });
        cache.entry("new", folder -> { });
        assertEquals(List.of("new", "used"), names());
    }

    @Test
    void fileEntriesAreWrittenAndRead() throws IOException {
        ContentCache cache = ContentCache.of(dir, ContentCache.Kind.SCAN);
        assertEquals(dir.resolve("scan"), cache.directory());
        assertTrue(cache.read("k").isEmpty());
        cache.write("k", new byte[]{1, 2});
        cache.write("k", new byte[]{3});
        assertArrayEquals(new byte[]{3}, cache.read("k").orElseThrow());
        try (Stream<Path> s = Files.list(cache.directory())) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void keyPartsCannotRunIntoEachOther() {
        assertEquals(ContentCache.Key.of("f").add("a").hex(), ContentCache.Key.of("f").add("a").hex());
        assertNotEquals(ContentCache.Key.of("f").add("ab").add("c").hex(), ContentCache.Key.of("f").add("a").add("bc").hex());
        assertNotEquals(ContentCache.Key.of("f").add(new byte[]{1}).add("").hex(),
                ContentCache.Key.of("f").add(new byte[]{}).add("\u0001").hex());
        assertNotEquals(ContentCache.Key.of("f").hex(), ContentCache.Key.of("g").hex());
    }
}
