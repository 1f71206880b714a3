package com.example.shop;

/** Stored as the PostgreSQL enum type {@code orderstatus}. */
public enum OrderStatus {
    PENDING, PAID, SHIPPED, CANCELLED
}
