package dev.retort.api;

/**
 * A column's collation before and after a type change, by name; null is the type's default. Built with
 * {@link Schema#collation(String, String)} or {@link Schema#collation(String)}.
 */
public record Collation(String from, String to) {
}
