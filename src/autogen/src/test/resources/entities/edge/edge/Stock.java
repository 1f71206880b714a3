package edge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

/** Its column check is named stock_level_qty_check, taking the name StockLevel's check would get first. */
@Entity
@Table(name = "stock")
public class Stock {
    @Id
    private Long id;

    @Check(constraints = "level_qty >= 0")
    @Column(name = "level_qty")
    private int levelQty;
}
