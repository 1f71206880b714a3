package dev.retort.api;

/**
 * What a foreign key does on delete or update of the referenced row: {@code .onDelete(CASCADE)} with
 * {@code import static dev.retort.api.ReferentialAction.*;}.
 */
public enum ReferentialAction {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT
}
