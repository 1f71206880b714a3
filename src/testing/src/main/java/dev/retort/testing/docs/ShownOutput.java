package dev.retort.testing.docs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares the output a document shows under a command with the real output. Each non-blank shown line
 * must equal a real line (trailing blanks ignored), in the same order; lines may be left out. {@code …}
 * matches any text within a line, {@code <id>} a revision id; a line that is only {@code …} is not
 * checked.
 */
public final class ShownOutput {
    public static final String ANY = "…";
    public static final String ID = "<id>";
    private static final Pattern TOKENS = Pattern.compile("…|<id>");

    private ShownOutput() {
    }

    /** The first shown line that has no match after the previous one's, or null when all match. */
    public static String firstMissing(List<String> shown, String output) {
        List<String> real = output.lines().map(String::stripTrailing).toList();
        int next = 0;
        for (String line : shown) {
            String expected = line.stripTrailing();
            if (expected.isBlank() || expected.strip().equals(ANY)) {
                continue;
            }
            Pattern p = pattern(expected);
            int found = -1;
            for (int k = next; k < real.size(); k++) {
                if (p.matcher(real.get(k)).matches()) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return expected;
            }
            next = found + 1;
        }
        return null;
    }

    public static Pattern pattern(String expected) {
        StringBuilder re = new StringBuilder();
        var m = TOKENS.matcher(expected);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(expected.substring(last, m.start())));
            re.append(m.group().equals(ANY) ? ".*" : "[0-9A-Za-z_]+");
            last = m.end();
        }
        re.append(Pattern.quote(expected.substring(last)));
        return Pattern.compile(re.toString());
    }
}
