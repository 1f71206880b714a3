package dev.retort.reflect;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides which tables Retort looks at, from glob patterns on the table name (like Alembic's
 * {@code include_object}): a table is accepted when it matches at least one include pattern (or there
 * are none) and no exclude pattern. {@code *} matches any run of characters, {@code ?} exactly one;
 * everything else matches itself, case-sensitively, as PostgreSQL stores names.
 */
public final class TableFilter implements Predicate<String> {

    private static final TableFilter ALL = new TableFilter(List.of(), List.of(), Set.of());

    private final List<String> includes;
    private final List<String> excludes;
    private final Set<String> excludedNames;
    private final List<Pattern> includePatterns;
    private final List<Pattern> excludePatterns;

    private TableFilter(List<String> includes, List<String> excludes, Set<String> excludedNames) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.excludedNames = Set.copyOf(excludedNames);
        this.includePatterns = this.includes.stream().map(TableFilter::compile).toList();
        this.excludePatterns = this.excludes.stream().map(TableFilter::compile).toList();
    }

    public static TableFilter all() {
        return ALL;
    }

    public static TableFilter of(List<String> includes, List<String> excludes) {
        return new TableFilter(Objects.requireNonNullElse(includes, List.of()),
                Objects.requireNonNullElse(excludes, List.of()), Set.of());
    }

    /** This filter, also leaving out the table with exactly this name (no pattern characters). */
    public TableFilter excludingName(String tableName) {
        Set<String> names = new HashSet<>(excludedNames);
        names.add(Objects.requireNonNull(tableName, "table name"));
        return new TableFilter(includes, excludes, names);
    }

    /** Whether the table with this (unquoted) name is looked at. */
    public boolean accepts(String tableName) {
        if (excludedNames.contains(tableName)) {
            return false;
        }
        if (!includePatterns.isEmpty() && includePatterns.stream().noneMatch(p -> p.matcher(tableName).matches())) {
            return false;
        }
        return excludePatterns.stream().noneMatch(p -> p.matcher(tableName).matches());
    }

    @Override
    public boolean test(String tableName) {
        return accepts(tableName);
    }

    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    static Pattern compile(String glob) {
        if (glob == null || glob.isEmpty()) {
            throw new IllegalArgumentException("empty table name pattern");
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            if (ch == '*' || ch == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(ch == '*' ? ".*" : ".");
            } else {
                literal.append(ch);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return "TableFilter[include=" + includes + ", exclude=" + excludes + ", excludedNames=" + excludedNames + "]";
    }
}
