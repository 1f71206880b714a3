package naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class SalesRep {
    @Id
    private Long employeeNo;

    @Column(unique = true)
    private String emailAddress;
}
