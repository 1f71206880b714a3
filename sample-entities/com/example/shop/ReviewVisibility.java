package com.example.shop;

/** Stored by ordinal; Hibernate adds a check constraint on the range. */
public enum ReviewVisibility {
    HIDDEN, PUBLIC, FEATURED
}
