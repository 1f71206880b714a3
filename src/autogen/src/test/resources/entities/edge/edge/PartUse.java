package edge;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "part_uses")
public class PartUse {
    @Id
    private Long id;

    @ManyToOne
    @JoinColumns(value = {
            @JoinColumn(name = "part_plant", referencedColumnName = "plant"),
            @JoinColumn(name = "part_no", referencedColumnName = "part_no")},
            foreignKey = @ForeignKey(name = "fk_part_use_part"))
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private Part part;

    @ManyToOne
    @JoinColumn(name = "catalog_code", referencedColumnName = "catalog_code",
            foreignKey = @ForeignKey(name = "fk_part_use_catalog"))
    private Part byCatalog;

    @ManyToOne
    @JoinColumn(name = "gizmo_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Gizmo gizmo;
}
