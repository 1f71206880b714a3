package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** The key of an order line: its order and its position in the order. */
@Embeddable
public class OrderLineId implements Serializable {
    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "line_no")
    private Integer lineNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderLineId other && Objects.equals(orderId, other.orderId)
                && Objects.equals(lineNo, other.lineNo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, lineNo);
    }
}
