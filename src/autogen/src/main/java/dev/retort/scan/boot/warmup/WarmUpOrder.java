package dev.retort.scan.boot.warmup;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.math.BigDecimal;
import java.time.Instant;

/** A warm-up entity ({@link dev.retort.scan.boot.warmup}). */
@Entity
@Table(name = "retort_warm_up_order",
        indexes = @Index(name = "ix_retort_warm_up_order_placed", columnList = "placed_at"),
        uniqueConstraints = @UniqueConstraint(name = "uk_retort_warm_up_order_number", columnNames = "number"))
public class WarmUpOrder {
    /** A warm-up enum. */
    public enum Status { OPEN, PAID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String number;

    @Column(precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Status status;

    @Embedded
    private WarmUpAddress shipTo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private WarmUpCustomer customer;
}
