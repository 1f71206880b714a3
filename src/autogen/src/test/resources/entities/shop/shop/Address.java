package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 200)
    private String street;
    @Column(length = 100)
    private String city;
    @Column(length = 10)
    private String zip;
}
