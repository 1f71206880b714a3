package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Enclosure {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enclosure_ids")
    @SequenceGenerator(name = "enclosure_ids", sequenceName = "enclosure_ids", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 40)
    private String label;

    @ManyToOne
    @JoinColumn(name = "keeper_id")
    private Keeper keeper;
}
