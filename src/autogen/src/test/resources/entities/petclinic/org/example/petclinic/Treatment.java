package org.example.petclinic;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

/** A SINGLE_TABLE hierarchy: the root's @NotBlank is NOT NULL, a subclass's stays nullable. */
@Entity
@Table(name = "treatments")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public class Treatment extends BaseEntity {
    @NotBlank
    String label;
}
