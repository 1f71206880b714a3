package edge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

@Entity
@Table(name = "a_table_name_that_is_long_enough_to_need_truncating_in_postgres")
public class VeryLongEntityNameForTruncationOfGeneratedConstraintNames {
    @Id
    private Long id;

    @Check(constraints = "a_column_name_that_is_also_quite_long_for_postgres > 0")
    @Column(name = "a_column_name_that_is_also_quite_long_for_postgres", unique = true)
    private Integer value;
}
