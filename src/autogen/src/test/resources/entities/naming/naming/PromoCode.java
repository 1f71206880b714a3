package naming;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class PromoCode {
    @Id
    @GeneratedValue
    private Long id;

    private String codeText;
}
