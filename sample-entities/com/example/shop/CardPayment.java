package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A card payment. */
@Entity
@Table(name = "card_payment")
public class CardPayment extends Payment {
    @Column(name = "card_last4", nullable = false, length = 4)
    private String cardLast4;

    @Column(name = "card_brand", length = 20)
    private String cardBrand;
}
