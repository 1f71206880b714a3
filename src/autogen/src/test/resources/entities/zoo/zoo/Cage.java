package zoo;

import jakarta.persistence.Entity;

@Entity
public class Cage extends Enclosure {
    private boolean roofed;
}
