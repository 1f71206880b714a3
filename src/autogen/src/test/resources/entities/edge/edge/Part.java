package edge;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Part {
    @EmbeddedId
    private PartKey key;

    @Column(name = "catalog_code", unique = true, nullable = false, length = 16)
    private String catalogCode;
}
