package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "order_lines")
@IdClass(OrderLineId.class)
public class OrderLine {
    @Id
    @ManyToOne
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Id
    @Column(name = "line_no")
    private int lineNo;

    @Column(nullable = false, length = 64)
    private String sku;

    private short quantity;
}
