package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

@MappedSuperclass
public abstract class Audited {
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;
}
