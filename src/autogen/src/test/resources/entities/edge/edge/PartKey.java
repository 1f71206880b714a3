package edge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class PartKey implements Serializable {
    @Column(name = "plant", length = 8)
    private String plant;
    @Column(name = "part_no")
    private int partNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof PartKey k && Objects.equals(plant, k.plant) && partNo == k.partNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(plant, partNo);
    }
}
