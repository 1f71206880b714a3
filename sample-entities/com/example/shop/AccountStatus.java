package com.example.shop;

/** Stored by name; Hibernate adds a check constraint listing the values. */
public enum AccountStatus {
    ACTIVE, SUSPENDED, CLOSED
}
