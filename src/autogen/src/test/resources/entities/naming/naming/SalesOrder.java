package naming;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Set;

@Entity
@Table(indexes = @Index(columnList = "orderNumber"))
public class SalesOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String orderNumber;

    private BigDecimal grandTotal;

    @ManyToOne
    private SalesRep accountManager;

    @ManyToMany
    private Set<PromoCode> appliedPromoCodes;

    @ElementCollection
    private Set<String> deliveryNotes;
}
