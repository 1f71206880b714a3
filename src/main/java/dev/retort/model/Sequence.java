package dev.retort.model;

/** A sequence. {@code start} and {@code increment} are never null in a normalized model. */
public record Sequence(String name, long start, long increment) {
    public Sequence {
        Names.require(name, "sequence");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " has increment 0");
        }
    }
}
