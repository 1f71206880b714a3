package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A notification sent by e-mail. */
@Entity
@DiscriminatorValue("EMAIL")
public class EmailNotification extends Notification {
    @Column(length = 200)
    private String subject;
}
