package org.example.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

@MappedSuperclass
public class NamedEntity extends BaseEntity {
    @Column(name = "name")
    @NotBlank
    protected String name;

    public void setName(String name) {
        this.name = name;
    }
}
