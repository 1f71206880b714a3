package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class ShipmentKey implements Serializable {
    @Column(length = 20)
    private String carrier;
    @Column(name = "tracking_no", length = 40)
    private String trackingNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof ShipmentKey k && Objects.equals(carrier, k.carrier) && Objects.equals(trackingNo, k.trackingNo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(carrier, trackingNo);
    }
}
