package dev.retort.ops;

import dev.retort.model.Deferrable;

import java.util.Locale;

/** The attributes of keys and constraints as descriptions spell them: {@code " deferrable initially deferred"}. */
final class Attributes {
    private Attributes() {
    }

    /** Empty for a constraint checked after each statement, else {@code " deferrable [initially deferred]"}. */
    static String deferrable(Deferrable d) {
        return d.deferrable() ? " " + d.sql().toLowerCase(Locale.ROOT) : "";
    }

    static String flag(boolean set, String words) {
        return set ? " " + words : "";
    }
}
