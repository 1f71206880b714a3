package dev.retort.scan.boot.warmup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.List;

/** A warm-up entity ({@link dev.retort.scan.boot.warmup}). */
@Entity
@Table(name = "retort_warm_up_customer")
public class WarmUpCustomer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 200, unique = true)
    private String email;

    private LocalDate since;

    private boolean active;

    @Version
    private int version;

    @OneToMany(mappedBy = "customer")
    private List<WarmUpOrder> orders;
}
