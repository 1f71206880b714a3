package dev.retort.runtime.load;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ChecksumsTest {
    @Test
    void bothChecksumsAtOnceAreTheTwoTakenApart() {
        for (String text : new String[] {"class A {}\n", "class A {}\r\n", "\uFEFFclass A {}\n", "a\rb", ""}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Checksums.OfSource both = Checksums.ofSourceAndRaw(bytes);
            assertEquals(Checksums.ofSource(bytes), both.checksum(), text);
            assertEquals(Checksums.sha256(bytes), both.raw(), text);
        }
        byte[] crlf = "class A {}\r\n".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(Checksums.ofSourceAndRaw(crlf).raw(), Checksums.ofSourceAndRaw(crlf).checksum());
        assertEquals(Checksums.ofSource("class A {}\n".getBytes(StandardCharsets.UTF_8)),
                Checksums.ofSourceAndRaw(crlf).checksum(), "CRLF is not an edit");
    }
}
