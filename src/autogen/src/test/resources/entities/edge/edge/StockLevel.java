package edge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

/** Same generated check name as Stock's, so PostgreSQL numbers this one: stock_level_qty_check1. */
@Entity
@Table(name = "stock_level")
public class StockLevel {
    @Id
    private Long id;

    @Check(constraints = "qty >= 0")
    private int qty;
}
