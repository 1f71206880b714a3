package shop;

import java.io.Serializable;
import java.util.Objects;

public class OrderLineId implements Serializable {
    private Long order;
    private int lineNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderLineId other && Objects.equals(order, other.order) && lineNo == other.lineNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, lineNo);
    }
}
