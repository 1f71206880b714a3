package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An invoice document. */
@Entity
@Table(name = "invoice")
public class Invoice extends Document {
    @Column(name = "invoice_number", nullable = false, unique = true, length = 20)
    private String invoiceNumber;
}
