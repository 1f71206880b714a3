package shop;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.math.BigDecimal;

@Entity
@Table(name = "purchase_orders",
        check = @CheckConstraint(name = "purchase_orders_discount_le_total", constraint = "discount <= total"))
@Check(constraints = "total >= 0 or discount = 0")
public class PurchaseOrder {
    @Id
    @SequenceGenerator(name = "order_seq", sequenceName = "order_seq", initialValue = 1000, allocationSize = 25)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_order_customer"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Customer customer;

    @ManyToOne
    @JoinColumn(name = "referrer_id")
    private Customer referrer;

    @Column(precision = 10, scale = 2, nullable = false)
    private BigDecimal total;

    @Column(precision = 10, scale = 2, nullable = false,
            check = @CheckConstraint(name = "purchase_orders_discount_nonneg", constraint = "discount >= 0"))
    private BigDecimal discount;

    @Version
    private int version;
}
