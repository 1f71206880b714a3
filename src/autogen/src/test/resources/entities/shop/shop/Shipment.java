package shop;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.OffsetDateTime;

@Entity
public class Shipment {
    @EmbeddedId
    private ShipmentKey key;

    @ManyToOne
    @JoinColumn(name = "order_id", nullable = false, foreignKey = @ForeignKey(name = "fk_shipment_order"))
    private PurchaseOrder order;

    private OffsetDateTime shippedAt;
}
