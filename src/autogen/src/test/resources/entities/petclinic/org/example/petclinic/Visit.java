package org.example.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {
    @Column(name = "visit_date")
    @NotNull
    private LocalDate date;

    @NotBlank
    @Size(max = 120)
    private String description;

    /** @Digits sets precision and scale. */
    @Column(name = "fee")
    @Digits(integer = 6, fraction = 2)
    private BigDecimal fee;

    /** Only in the Billing group: Hibernate's DDL uses the Default group, so this stays nullable. */
    @Column(name = "invoice_number")
    @NotNull(groups = Billing.class)
    private String invoiceNumber;

    public interface Billing {
    }
}
