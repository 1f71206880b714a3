package dev.retort.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A tiny text template: {@code ${name}} is replaced by a value, {@code $${} stands for a literal
 * {@code ${}; nothing else is special. Line endings are normalized to {@code \n}.
 *
 * <p>A placeholder that is alone on its line after indentation places a multi-line value at that
 * indentation: each line of the value gets the indentation, blank lines stay empty, and an empty value
 * removes the whole line.
 *
 * <p>Unknown placeholders and unterminated {@code ${} fail with a {@link TemplateException} that names the
 * template and the line.
 */
public final class Template {

    /** Where Retort's own template sits on the classpath. */
    public static final String BUNDLED_RESOURCE = "/templates/migration.java.tmpl";

    private sealed interface Part permits Text, Slot {
        String fill(Template template, Map<String, String> values);
    }

    private record Text(String text) implements Part {
        @Override
        public String fill(Template template, Map<String, String> values) {
            return text;
        }
    }

    /**
     * A placeholder. {@code indent} is non-null when it stands alone on its line after that indentation;
     * {@code ownsNewline} when the line end after such a placeholder belongs to it.
     */
    private record Slot(String name, int line, String indent, boolean ownsNewline) implements Part {
        @Override
        public String fill(Template template, Map<String, String> values) {
            return template.fill(this, values);
        }
    }

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    /**
     * Parses template text.
     *
     * @param source how to name the template in errors, e.g. its path
     */
    public static Template parse(String source, String text) {
        Objects.requireNonNull(source, "source");
        return new Template(source, Parser.parse(source, text.replace("\r\n", "\n").replace('\r', '\n')));
    }

    /** Reads a template file (UTF-8). */
    public static Template load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TemplateException("cannot read migration template " + file + ": " + e.getMessage(), e);
        }
    }

    /** Retort's own template, {@value #BUNDLED_RESOURCE} on the classpath. */
    public static Template bundled() {
        try (InputStream in = Template.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new TemplateException("the bundled migration template " + BUNDLED_RESOURCE
                        + " is not on the classpath");
            }
            return parse("classpath:" + BUNDLED_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TemplateException("cannot read the bundled migration template " + BUNDLED_RESOURCE, e);
        }
    }

    /** How errors name this template. */
    public String source() {
        return source;
    }

    /** The placeholder names the template uses, sorted. */
    public List<String> placeholders() {
        TreeSet<String> names = new TreeSet<>();
        for (Part p : parts) {
            if (p instanceof Slot s) {
                names.add(s.name());
            }
        }
        return List.copyOf(names);
    }

    /**
     * Replaces every placeholder by its value.
     *
     * @throws TemplateException naming the template, line and placeholder when a placeholder has no value
     */
    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            out.append(p.fill(this, values));
        }
        return out.toString();
    }

    private String fill(Slot slot, Map<String, String> values) {
        String value = values.get(slot.name());
        if (value == null) {
            throw new TemplateException("unknown placeholder ${" + slot.name() + "} in migration template "
                    + source + " line " + slot.line() + "; known placeholders: " + new TreeSet<>(values.keySet()));
        }
        if (slot.indent() == null) {
            return value;
        }
        if (value.isEmpty()) {
            return "";
        }
        if (value.endsWith("\n")) {
            value = value.substring(0, value.length() - 1);
        }
        StringBuilder sb = new StringBuilder();
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            if (!lines[i].isEmpty()) {
                sb.append(slot.indent()).append(lines[i]);
            }
        }
        if (slot.ownsNewline()) {
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Splits text into literal text and placeholders. */
    private static final class Parser {
        private Parser() {
        }

        static List<Part> parse(String source, String text) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int line = 1;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (text.startsWith("$${", i)) {
                    literal.append("${");
                    i += 3;
                } else if (text.startsWith("${", i)) {
                    int end = text.indexOf('}', i + 2);
                    int newline = text.indexOf('\n', i);
                    if (end < 0 || (newline >= 0 && newline < end)) {
                        throw new TemplateException("unterminated placeholder in migration template " + source
                                + " line " + line);
                    }
                    String name = text.substring(i + 2, end).trim();
                    if (name.isEmpty()) {
                        throw new TemplateException("empty placeholder ${} in migration template " + source
                                + " line " + line);
                    }
                    i = end + 1;
                    String indent = standaloneIndent(literal, text, i);
                    boolean ownsNewline = indent != null && i < text.length();
                    if (indent != null) {
                        literal.setLength(literal.length() - indent.length());
                    }
                    parts.add(new Text(literal.toString()));
                    literal.setLength(0);
                    parts.add(new Slot(name, line, indent, ownsNewline));
                    if (ownsNewline) {
                        i++;
                        line++;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    literal.append(c);
                    i++;
                }
            }
            parts.add(new Text(literal.toString()));
            return parts.stream().filter(p -> !(p instanceof Text t && t.text().isEmpty())).toList();
        }

        /**
         * The indentation before a placeholder when only blanks precede it on its line and only a line end
         * follows it, else null.
         */
        private static String standaloneIndent(StringBuilder before, String text, int after) {
            if (after < text.length() && text.charAt(after) != '\n') {
                return null;
            }
            int start = before.length();
            while (start > 0 && (before.charAt(start - 1) == ' ' || before.charAt(start - 1) == '\t')) {
                start--;
            }
            if (start > 0 && before.charAt(start - 1) != '\n') {
                return null;
            }
            return before.substring(start);
        }
    }
}
