package dev.retort.api;

/**
 * A sequence, built with {@link Schema#sequence(String)} and named steps:
 * {@code sequence("product_seq").startWith(1000).incrementBy(20)}. A step left out keeps PostgreSQL's default:
 * increment 1, start 1 ascending (-1 descending). A sequence of another schema than the project's is created
 * with {@code op.inSchema("reporting").createSequence(...)}.
 *
 * @param name      the sequence name
 * @param start     {@code START WITH}; null for the database's default, 1 ascending and -1 descending
 * @param increment {@code INCREMENT BY}, not 0
 */
public record Sequence(String name, Long start, long increment) {

    public Sequence {
        Require.name(name, "sequence");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " has increment 0; a sequence counts up or down");
        }
    }

    /** {@code sequence(name)}: start and increment the database's defaults. */
    public Sequence(String name) {
        this(name, null, 1);
    }

    /** The same sequence with {@code START WITH start}. */
    public Sequence startWith(long value) {
        return new Sequence(name, value, increment);
    }

    /** The same sequence with {@code INCREMENT BY increment}; not 0. */
    public Sequence incrementBy(long value) {
        return new Sequence(name, start, value);
    }

    /** The start value, the database's default when none is stated: 1 ascending, -1 descending. */
    public long startValue() {
        return start != null ? start : increment > 0 ? 1 : -1;
    }
}
