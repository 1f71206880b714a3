package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

@Entity
@Table(name = "keepers")
@Inheritance(strategy = InheritanceType.JOINED)
public class Keeper extends Audited {
    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;
}
