package zoo;

import jakarta.persistence.Entity;

@Entity
public class Aquarium extends Enclosure {
    private int litres;
}
