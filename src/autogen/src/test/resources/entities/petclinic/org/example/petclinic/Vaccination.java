package org.example.petclinic;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.validator.constraints.Length;

/** @Length is hibernate-validator's own: the sources compile only with it on entities.classpath. */
@Entity
@DiscriminatorValue("VACCINATION")
public class Vaccination extends Treatment {
    @Length(max = 40)
    String vaccine;
}
