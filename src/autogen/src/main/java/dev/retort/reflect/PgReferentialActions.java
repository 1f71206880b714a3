package dev.retort.reflect;

import dev.retort.model.ReferentialAction;

/** PostgreSQL's one-letter codes of {@code pg_constraint.confdeltype} / {@code confupdtype}. */
final class PgReferentialActions {
    private PgReferentialActions() {
    }

    static ReferentialAction fromCode(char code) {
        return switch (code) {
            case 'a' -> ReferentialAction.NO_ACTION;
            case 'r' -> ReferentialAction.RESTRICT;
            case 'c' -> ReferentialAction.CASCADE;
            case 'n' -> ReferentialAction.SET_NULL;
            case 'd' -> ReferentialAction.SET_DEFAULT;
            default -> throw new IllegalArgumentException("unknown referential action code '" + code + "'");
        };
    }
}
