package dev.retort.check;

import java.util.Locale;

/** The output formats of {@code retort check}. */
public enum ReportFormat {
    TEXT, JSON, MARKDOWN;

    public String render(DriftReport report) {
        return switch (this) {
            case TEXT -> TextReport.render(report);
            case JSON -> JsonReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
        };
    }

    /** Parses {@code text}, {@code json} or {@code markdown} (also {@code md}). */
    public static ReportFormat parse(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "text" -> TEXT;
            case "json" -> JSON;
            case "markdown", "md" -> MARKDOWN;
            default -> throw new IllegalArgumentException("unknown report format '" + name
                    + "'; use text, json or markdown");
        };
    }
}
