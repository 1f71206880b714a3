package org.example.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Embedded with @NotNull @Valid: its own @NotBlank columns become NOT NULL too. */
@Embeddable
public class Contact {
    @Column(name = "email")
    @NotBlank
    @Email
    String email;

    @Column(name = "mobile")
    @Size(max = 20)
    String mobile;
}
