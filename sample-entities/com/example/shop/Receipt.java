package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A receipt document. */
@Entity
@Table(name = "receipt")
public class Receipt extends Document {
    private Integer copies;
}
