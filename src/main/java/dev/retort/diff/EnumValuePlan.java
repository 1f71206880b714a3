package dev.retort.diff;

import dev.retort.model.EnumType;
import dev.retort.ops.AddEnumValue;
import dev.retort.ops.DropEnumValue;
import dev.retort.ops.MigrationOp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The value changes that turn one enum type into another with the values in exactly the desired order.
 *
 * <p>The values to keep are a longest common subsequence of the actual and the desired values. Every other
 * actual value is dropped ({@link DropEnumValue}, recording its neighbours so that the reverse puts it back
 * in place); a value that is on both sides but out of order is thus dropped and added again. Then every
 * desired value not kept is added, in desired order, AFTER its desired predecessor, or BEFORE the first
 * value when it comes first.
 */
final class EnumValuePlan {
    private EnumValuePlan() {
    }

    static List<MigrationOp> of(EnumType actual, EnumType desired) {
        String type = desired.name();
        List<String> current = new ArrayList<>(actual.values());
        Set<String> keep = new HashSet<>(longestCommonSubsequence(actual.values(), desired.values()));
        List<MigrationOp> out = new ArrayList<>();
        for (String v : actual.values()) {
            if (!keep.contains(v)) {
                int i = current.indexOf(v);
                String before = i + 1 < current.size() ? current.get(i + 1) : null;
                String after = i > 0 ? current.get(i - 1) : null;
                out.add(new DropEnumValue(type, v, before, after));
                current.remove(i);
            }
        }
        List<String> values = desired.values();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (keep.contains(v)) {
                continue;
            }
            if (i > 0) {
                out.add(new AddEnumValue(type, v, null, values.get(i - 1)));
                current.add(current.indexOf(values.get(i - 1)) + 1, v);
            } else if (!current.isEmpty()) {
                out.add(new AddEnumValue(type, v, current.get(0), null));
                current.add(0, v);
            } else {
                out.add(new AddEnumValue(type, v, null, null));
                current.add(v);
            }
        }
        if (!current.equals(values)) {
            throw new IllegalStateException("enum plan for " + type + " ends with " + current + " not " + values);
        }
        return out;
    }

    /** A longest common subsequence; values are unique within each list. */
    static List<String> longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] len = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(a.get(i));
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }
}
