package naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "\"AuditEntry\"")
public class AuditEntry {
    @Id
    private Long id;

    @Column(name = "\"WhoDidIt\"")
    private String whoDidIt;

    private String actionTaken;
}
