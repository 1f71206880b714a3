package edge;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.Checks;

@Entity
@Table(name = "gizmos",
        uniqueConstraints = {
                @UniqueConstraint(columnNames = {"maker", "model"}),
                @UniqueConstraint(name = "uk_gizmo_serial", columnNames = "serial"),
                @UniqueConstraint(name = "uk_gizmo_sku_lost", columnNames = "sku")},
        indexes = {
                @Index(columnList = "maker"),
                @Index(name = "ix_gizmo_active_model", columnList = "model", options = "where active")})
@Checks({
        @Check(constraints = "low <= high"),
        @Check(constraints = "high < 1000 or maker is not null"),
        @Check(constraints = "low > -100"),
        @Check(name = "gizmos_named_table_check", constraints = "low <> high")})
public class Gizmo {
    @Id
    private Long id;

    @Column(length = 40)
    private String maker;

    @Column(length = 40)
    private String model;

    @Column(length = 20)
    private String serial;

    @Column(length = 20, unique = true)
    private String sku;

    private int low;

    private int high;

    private boolean active;

    /** The enum check and this check are one column constraint: gizmos_kind_check. */
    @Enumerated(EnumType.STRING)
    @Check(constraints = "kind <> 'FANCY' or high > 10")
    @Column(length = 10)
    private Kind kind;

    @Check(name = "gizmos_weight_positive", constraints = "weight > 0")
    @Column(check = @CheckConstraint(name = "gizmos_weight_small", constraint = "weight < 500"))
    private Integer weight;

    @Column(columnDefinition = "text")
    private String notes;
}
