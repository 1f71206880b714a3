package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A notification sent by text message. */
@Entity
@DiscriminatorValue("SMS")
public class SmsNotification extends Notification {
    @Column(name = "sms_body", length = 160)
    private String smsBody;
}
