package types;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import org.hibernate.Length;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.GeneratedColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.YesNoConverter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Entity
public class Gadget {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> attributes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "raw_json")
    private String rawJson;

    private String[] labels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tag_list")
    private List<String> tagList;

    private int[] scores;

    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(nullable = false)
    private Mood mood;

    @JdbcTypeCode(SqlTypes.NAMED_ORDINAL_ENUM)
    private Size size;

    @Enumerated(EnumType.STRING)
    @Column(name = "backup_mood", length = 10)
    private Mood backupMood;

    private Color color;

    @Convert(converter = YesNoConverter.class)
    private Boolean gift;

    @Lob
    private String manual;

    @Column(length = Length.LONG32)
    private String description;

    @Column(name = "created_at", nullable = false)
    @ColumnDefault("now()")
    private Instant createdAt;

    @Column(name = "measured_at", secondPrecision = 3)
    private Instant measuredAt;

    @Column(name = "local_created")
    private LocalDateTime localCreated;

    @Column(name = "offset_created")
    private OffsetDateTime offsetCreated;

    @Column(name = "zoned_created")
    private ZonedDateTime zonedCreated;

    @Column(name = "opens_at")
    private LocalTime opensAt;

    @Column(name = "closes_at")
    private OffsetTime closesAt;

    @Column(name = "release_date")
    private LocalDate releaseDate;

    private Duration warranty;

    private BigInteger serial;

    @Column(precision = 8, scale = 3)
    private BigDecimal weight;

    private double ratio;

    private Float rating;

    private short shelf;

    private byte bin;

    private char grade;

    private long views;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    @Column(nullable = false)
    private int quantity;

    @GeneratedColumn("price * quantity")
    @Column(name = "line_total", precision = 12, scale = 2)
    private BigDecimal lineTotal;

    @ColumnDefault("gen_random_uuid()")
    @Column(name = "public_id", nullable = false)
    private UUID publicId;
}
