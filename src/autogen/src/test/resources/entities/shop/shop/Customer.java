package shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "customers", comment = "People who buy things",
        uniqueConstraints = @UniqueConstraint(name = "uk_customer_tenant_email", columnNames = {"tenant", "email"}),
        indexes = {
                @Index(name = "ix_customer_name", columnList = "last_name, first_name"),
                @Index(name = "ix_customer_created_desc", columnList = "created_at desc, id"),
                @Index(name = "ux_customer_code", columnList = "code", unique = true)})
@SecondaryTable(name = "customer_details", pkJoinColumns = @PrimaryKeyJoinColumn(name = "customer_id"))
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false, length = 40)
    private String tenant;

    @Column(length = 12)
    private String code;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100, nullable = false)
    private String lastName;

    @Column(unique = true, length = 50)
    private String nickname;

    @Column(name = "credit_limit", precision = 12, scale = 2)
    private BigDecimal creditLimit;

    @ColumnDefault("0")
    @Check(constraints = "loyalty_points >= 0")
    @Column(name = "loyalty_points", nullable = false)
    private int loyaltyPoints;

    @ColumnDefault("'new'")
    @Column(name = "source", length = 20)
    private String source;

    @Comment("free text kept by support")
    private String note;

    @Column(comment = "E.164 phone number", length = 20)
    private String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "last_login")
    private LocalDateTime lastLogin;

    private LocalDate birthday;

    private boolean active;

    @Column(name = "external_id")
    private UUID externalId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Status status;

    @Enumerated(EnumType.ORDINAL)
    private Tier tier;

    @Lob
    @Column(table = "customer_details")
    private String biography;

    @Lob
    @Column(table = "customer_details")
    private byte[] photo;

    @Column(table = "customer_details")
    private byte[] thumbnail;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "billing_street")),
            @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
            @AttributeOverride(name = "zip", column = @Column(name = "billing_zip"))})
    private Address billingAddress;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "shipping_street")),
            @AttributeOverride(name = "city", column = @Column(name = "shipping_city")),
            @AttributeOverride(name = "zip", column = @Column(name = "shipping_zip"))})
    private Address shippingAddress;
}
