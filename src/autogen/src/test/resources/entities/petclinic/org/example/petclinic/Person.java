package org.example.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

@MappedSuperclass
public class Person extends BaseEntity {
    @Column(name = "first_name")
    @NotBlank
    protected String firstName;

    @Column(name = "last_name")
    @NotBlank
    protected String lastName;
}
