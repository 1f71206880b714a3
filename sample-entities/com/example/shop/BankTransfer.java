package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A payment by bank transfer. */
@Entity
@Table(name = "bank_transfer")
public class BankTransfer extends Payment {
    @Column(nullable = false, length = 34)
    private String iban;
}
