package naming;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(schema = "reporting")
public class DailyStat {
    @Id
    private LocalDate statDay;

    private long orderCount;
}
