package org.example.petclinic;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;

@Entity
@DiscriminatorValue("SURGERY")
public class Surgery extends Treatment {
    @NotNull
    String surgeon;
}
