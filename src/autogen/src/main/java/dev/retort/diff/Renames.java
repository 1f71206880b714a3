package dev.retort.diff;

import java.util.List;
import java.util.function.Predicate;

/**
 * How the diff decides renames. A dropped and an added column (or table) are one object renamed only when the
 * user says so: by a hint ({@code --rename users.fax=twitter}), or by answering {@code question} (the CLI asks on
 * a terminal, as Django does). Otherwise they stay a drop and an add, and the migration's review comment names
 * the possible rename ({@code Risks}).
 *
 * @param hints    the renames stated up front
 * @param question asked for each candidate no hint settles; null never asks (no terminal)
 */
public record Renames(List<Rename> hints, Predicate<RenameCandidate> question) {

    public Renames {
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    /** No hints, no questions: every candidate stays drop + add. */
    public static Renames none() {
        return new Renames(List.of(), null);
    }

    /** The hints of {@code specs}, each as {@link Rename#parse} reads it. */
    public static Renames of(List<String> specs) {
        return new Renames(specs == null ? List.of() : specs.stream().map(Rename::parse).toList(), null);
    }

    public Renames withQuestion(Predicate<RenameCandidate> ask) {
        return new Renames(hints, ask);
    }
}
