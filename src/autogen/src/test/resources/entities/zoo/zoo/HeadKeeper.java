package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "head_keepers")
@PrimaryKeyJoinColumn(name = "keeper_id", foreignKey = @ForeignKey(name = "fk_head_keeper_keeper"))
public class HeadKeeper extends Keeper {
    private int budget;
}
