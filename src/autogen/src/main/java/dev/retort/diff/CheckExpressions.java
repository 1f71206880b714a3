package dev.retort.diff;

import dev.retort.model.CheckConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two checks of the same name are the same: their normalized expressions are equal, or differ only in the
 * order of the labels in a list of literals ({@code status in ('LOW','HIGH')} written by hand in Java's order,
 * {@code status in ('HIGH','LOW')} elsewhere). A label order changes no row's validity; re-adding the check
 * would scan the whole table for nothing. How the database printed them ({@link CheckConstraint#definition()})
 * does not count.
 */
final class CheckExpressions {
    private static final String LITERAL = "'(?:[^']|'')*'(?:::[a-z][a-z ]*)?";
    private static final Pattern LITERAL_ARRAY = Pattern.compile("ARRAY\\[(" + LITERAL + "(?:, " + LITERAL + ")*)\\]");
    private static final Pattern ELEMENT = Pattern.compile(LITERAL);

    private CheckExpressions() {
    }

    static boolean same(CheckConstraint a, CheckConstraint b) {
        return a.name().equals(b.name()) && (Objects.equals(a.expression(), b.expression())
                || orderFree(a.expression()).equals(orderFree(b.expression())));
    }

    /** The expression with the elements of every {@code ARRAY[...]} of literals in sorted order. */
    static String orderFree(String expression) {
        Matcher m = LITERAL_ARRAY.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> elements = new ArrayList<>();
            Matcher e = ELEMENT.matcher(m.group(1));
            while (e.find()) {
                elements.add(e.group());
            }
            elements.sort(null);
            m.appendReplacement(out, Matcher.quoteReplacement("ARRAY[" + String.join(", ", elements) + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
