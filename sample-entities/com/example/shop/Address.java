package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded in users and orders. */
@Embeddable
public class Address {
    @Column(length = 200)
    private String street;

    @Column(length = 100)
    private String city;

    @Column(name = "postal_code", length = 16)
    private String postalCode;

    @Column(length = 2)
    private String country;
}
