package dev.retort.scan.boot.warmup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A warm-up embeddable ({@link dev.retort.scan.boot.warmup}). */
@Embeddable
public class WarmUpAddress {
    @Column(length = 200)
    private String street;

    @Column(length = 100)
    private String city;
}
