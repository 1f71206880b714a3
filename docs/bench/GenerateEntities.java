import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes N JPA entity sources for the autogenerate benchmark (docs/bench/autogen-1000.sh), in package
 * {@code bench.model}. Each entity has about eight columns: an identity id, varchars of several lengths (one
 * unique), numeric(12,2), timestamptz, boolean, and a nullable many-to-one to an earlier entity; plus one
 * index. Deterministic: the same arguments write the same files.
 *
 * <p>With {@code --mutate}, one entity in each block of 20 (5%: 50 of 1000, of every kind) is edited, in
 * rotation: a new column, a longer varchar, a new index, a column made not null. Only the mutated files are
 * rewritten.
 *
 * <pre>java docs/bench/GenerateEntities.java OUT_DIR [COUNT=1000] [--mutate]</pre>
 */
public final class GenerateEntities {
    private static final List<String> NOUNS = List.of("Customer", "Invoice", "Shipment", "Product", "Warehouse",
            "Supplier", "Payment", "Contract", "Ticket", "Campaign", "Account", "Employee", "Project", "Vehicle",
            "Booking", "Voucher", "Region", "Device", "License", "Survey");

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java GenerateEntities.java OUT_DIR [COUNT] [--mutate]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 1000;
        boolean mutate = List.of(args).contains("--mutate");
        Path dir = out.resolve("bench/model");
        Files.createDirectories(dir);
        int written = 0;
        for (int i = 0; i < count; i++) {
            int kind = mutationKind(i);
            if (mutate && kind < 0) {
                continue;
            }
            Files.writeString(dir.resolve(className(i) + ".java"), source(i, mutate ? kind : -1));
            written++;
        }
        System.out.println((mutate ? "mutated " : "wrote ") + written + " entities in " + dir);
    }

    /** Which edit entity {@code i} gets under --mutate (0..3), or -1 for none: one in each block of 20, 5%. */
    static int mutationKind(int i) {
        return i % 20 == (i / 20) % 20 ? (i / 20) % 4 : -1;
    }

    static String className(int i) {
        return NOUNS.get(i % NOUNS.size()) + String.format("%04d", i);
    }

    static String tableName(int i) {
        return NOUNS.get(i % NOUNS.size()).toLowerCase() + "_" + String.format("%04d", i);
    }

    /** A parent among the (up to) 50 entities before {@code i}; none for the first. */
    static int parent(int i) {
        return i == 0 ? -1 : i - 1 - (i * 7) % Math.min(i, 50);
    }

    static String source(int i, int mutation) {
        String cls = className(i);
        String table = tableName(i);
        StringBuilder indexes = new StringBuilder("@Index(name = \"ix_" + table + "_created\", columnList = \"created_at\")");
        if (mutation == 2) {
            indexes.append(",\n                @Index(name = \"ix_" + table + "_amount\", columnList = \"amount, active\")");
        }
        int nameLength = mutation == 1 ? 200 : 120;
        String descriptionNullable = mutation == 3 ? ", nullable = false" : "";
        StringBuilder s = new StringBuilder();
        s.append("""
                package bench.model;

                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.FetchType;
                import jakarta.persistence.GeneratedValue;
                import jakarta.persistence.GenerationType;
                import jakarta.persistence.Id;
                import jakarta.persistence.Index;
                import jakarta.persistence.JoinColumn;
                import jakarta.persistence.ManyToOne;
                import jakarta.persistence.Table;

                import java.math.BigDecimal;
                import java.time.Instant;

                """);
        s.append("@Entity\n@Table(name = \"").append(table).append("\", indexes = {\n        ").append(indexes)
                .append("})\npublic class ").append(cls).append(" {\n");
        s.append("""
                    @Id
                    @GeneratedValue(strategy = GenerationType.IDENTITY)
                    private Long id;

                    @Column(name = "name", nullable = false, length = %d)
                    private String name;

                    @Column(name = "code", length = 40, unique = true)
                    private String code;

                    @Column(name = "description", length = 1000%s)
                    private String description;

                    @Column(name = "amount", precision = 12, scale = 2)
                    private BigDecimal amount;

                    @Column(name = "created_at", nullable = false)
                    private Instant createdAt;

                    @Column(name = "active", nullable = false)
                    private boolean active;
                """.formatted(nameLength, descriptionNullable));
        int parent = parent(i);
        if (parent >= 0) {
            s.append("""

                        @ManyToOne(fetch = FetchType.LAZY)
                        @JoinColumn(name = "%s_id")
                        private %s %s;
                    """.formatted(tableName(parent), className(parent), "parent" + className(parent)));
        }
        if (mutation == 0) {
            s.append("""

                        @Column(name = "note", length = 500)
                        private String note;
                    """);
        }
        s.append("}\n");
        return s.toString();
    }
}
