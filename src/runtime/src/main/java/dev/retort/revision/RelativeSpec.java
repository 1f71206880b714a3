package dev.retort.revision;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relative revision spec: {@code +N}, {@code -N} (from the current revision), {@code label@+N},
 * {@code label@-N} (from the current revision on that branch), {@code rev+N}, {@code rev-N} (from a revision;
 * {@code rev} may be any spec, e.g. {@code head-1} or {@code label@ab12+2}).
 *
 * @param anchor the spec steps are counted from, or null when counted from the current revision(s)
 * @param label  for {@code label@±N}: the branch label; otherwise null
 * @param steps  signed step count: positive goes up (towards heads), negative goes down (towards base)
 * @param text   the original spec, for messages
 */
record RelativeSpec(String anchor, String label, int steps, String text) {

    private static final Pattern RELATIVE = Pattern.compile("(.*?)([+-])(\\d{1,9})");

    /** Parses a spec that ends in {@code +N} or {@code -N}; empty if it does not. */
    static Optional<RelativeSpec> parse(String spec) {
        Matcher m = RELATIVE.matcher(spec);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        int n = Integer.parseInt(m.group(3));
        int steps = m.group(2).equals("+") ? n : -n;
        if (prefix.isEmpty()) {
            return Optional.of(new RelativeSpec(null, null, steps, spec));
        }
        if (prefix.endsWith("@")) {
            String label = prefix.substring(0, prefix.length() - 1);
            if (label.isEmpty() || label.contains("@")) {
                throw Errors.invalidSpec(spec, "expected label@+N or label@-N");
            }
            return Optional.of(new RelativeSpec(null, label, steps, spec));
        }
        return Optional.of(new RelativeSpec(prefix, null, steps, spec));
    }

    boolean fromCurrent() {
        return anchor == null;
    }

    boolean up() {
        return steps > 0;
    }

    int count() {
        return Math.abs(steps);
    }
}
