package dev.retort.spring.boot.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The entity whose table migration shop0001 creates. */
@Entity
public class Account {
    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    protected Account() {
    }

    public Account(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
