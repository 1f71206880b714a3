package dev.retort.acceptance;

import dev.retort.scan.compile.EntityCompiler;
import dev.retort.testing.HibernateStartup;
import dev.retort.testing.ValidatorJars;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adopting a database that Hibernate itself built at SessionFactory start-up ({@code hbm2ddl.auto=create}
 * through a real SessionFactory on a DataSource), with hibernate-validator on the application's class path:
 * a petclinic-like domain with Bean Validation annotations and a {@code @ManyToMany} join table. Retort must
 * see no drift, for entity sources and for compiled classes, and migrations written afterwards must keep the
 * rows.
 */
class HibernateBuiltDatabaseTest {
    private static final Path PETCLINIC = Path.of("target/test-classes/entities/petclinic");

    @Test
    void entitySourcesWithTheValidatorOnEntitiesClasspath() throws Exception {
        try (CliProject p = new CliProject("hib_sources")) {
            copySources(p);
            Entities.write(p.dir.resolve("retort.properties"), "entities.sources=entities\n"
                    + "entities.classpath=" + ValidatorJars.FOLDER + "/*\n");
            Files.createDirectories(p.migrations());
            hibernateCreates(p, "create");
            assertEquals(List.of("PRIMARY KEY (specialty_id, vet_id)"), primaryKey(p, "vet_specialties"),
                    "what Hibernate's start-up wrote");
            assertEquals(List.of("NO"), p.db.column("SELECT is_nullable FROM information_schema.columns "
                    + "WHERE table_name = 'owners' AND column_name = 'city'"), "@NotBlank city");

            CliResult check = p.ok("check");
            assertTrue(check.out().startsWith("No drift"), check.toString());
            CliResult none = p.ok("revision", "--autogenerate", "-m", "Nothing");
            assertTrue(none.out().contains("No changes detected"), none.toString());
            assertEquals(List.of(), migrationFiles(p));

            // an edit driven by Bean Validation alone, on a database with rows
            Path owner = p.dir.resolve("entities/org/example/petclinic/Owner.java");
            Files.writeString(owner, Files.readString(owner).replace(
                    "    @Pattern(regexp", "    @Size(max = 10)\n    @Pattern(regexp"));
            Path pet = p.dir.resolve("entities/org/example/petclinic/Pet.java");
            Files.writeString(pet, Files.readString(pet).replace(
                    "    @Column(name = \"birth_date\")", "    @Column(name = \"birth_date\")\n    @jakarta.validation.constraints.NotNull"));
            CliResult drift = p.run("check");
            assertEquals(1, drift.exitCode(), drift.toString());
            assertTrue(drift.out().contains("owners.telephone") && drift.out().contains("pets.birth_date"), drift.out());

            p.ok("revision", "--autogenerate", "-m", "Validated telephone and birth date");
            String source = Files.readString(migrationFiles(p).get(0));
            assertTrue(source.contains("VARCHAR(10)") || source.contains("varchar(10)"), source);
            p.ok("upgrade");
            assertEquals("character varying(10)", p.db.column("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                    + "WHERE attrelid = 'owners'::regclass AND attname = 'telephone'").get(0));
            assertEquals(ROWS, rows(p));
            assertTrue(p.ok("check").out().startsWith("No drift"));

            p.ok("downgrade", "base");
            assertEquals("character varying(255)", p.db.column("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                    + "WHERE attrelid = 'owners'::regclass AND attname = 'telephone'").get(0));
            assertEquals(List.of("YES"), p.db.column("SELECT is_nullable FROM information_schema.columns "
                    + "WHERE table_name = 'pets' AND column_name = 'birth_date'"));
            assertEquals(ROWS, rows(p));
        }
    }

    @Test
    void compiledClassesWithTheValidatorOnTheBuildsClasspath() throws Exception {
        try (CliProject p = new CliProject("hib_classes")) {
            Path classes = compile(p);
            // the class path as the build prints it (mvn dependency:build-classpath)
            Files.writeString(p.dir.resolve("classpath.txt"), ValidatorJars.all().stream().map(Path::toString)
                    .collect(Collectors.joining(File.pathSeparator)));
            Entities.write(p.dir.resolve("retort.properties"), "entities.classes=" + classes + "\n"
                    + "entities.packages=org.example.petclinic\n"
                    + "entities.classpath=@classpath.txt\n");
            Files.createDirectories(p.migrations());
            HibernateStartup.run(p.db.jdbcUrl(), "create", classes, ValidatorJars.all(), Map.of(), f -> { });
            insertRows(p);

            CliResult check = p.ok("check");
            assertTrue(check.out().startsWith("No drift"), check.toString());
            assertTrue(p.ok("revision", "--autogenerate", "-m", "Nothing").out().contains("No changes detected"));

            // without the validator on the entities' class path Hibernate would not apply Bean Validation, and
            // neither does Retort: the database Hibernate built with it then differs from the entities
            Entities.write(p.dir.resolve("retort.properties"), "entities.classes=" + classes + "\n"
                    + "entities.packages=org.example.petclinic\n");
            CliResult without = p.run("check");
            assertEquals(1, without.exitCode(), without.toString());
            assertTrue(without.out().contains("alter column owners.city drop not null"), without.out());
        }
    }

    @Test
    void aDatabaseBuiltByUpdateHasNoDriftThoughItsKeyColumnsAreInTheMappingsOrder() throws Exception {
        try (CliProject p = new CliProject("hib_update")) {
            Path classes = compile(p);
            HibernateStartup.run(p.db.jdbcUrl(), "update", classes, ValidatorJars.all(), Map.of(), f -> { });
            assertEquals(List.of("PRIMARY KEY (vet_id, specialty_id)"), primaryKey(p, "vet_specialties"),
                    "Hibernate orders columns only when its start-up creates tables");
            String settings = "entities.classes=" + classes + "\nentities.classpath=" + ValidatorJars.FOLDER + "/*\n";
            Entities.write(p.dir.resolve("retort.properties"), settings);
            Files.createDirectories(p.migrations());
            // the mapping cannot choose the order of a primary key's columns: a key in update's order is the same key
            CliResult check = p.ok("check");
            assertTrue(check.out().startsWith("No drift"), check.toString());

            Entities.write(p.dir.resolve("retort.properties"), settings
                    + "entities.hibernate.column_ordering_strategy=legacy\n");
            CliResult legacy = p.ok("check");
            assertTrue(legacy.out().startsWith("No drift"), legacy.toString());
        }
    }

    private static final List<String> ROWS = List.of(
            "owner 1 George Franklin Madison 6085551023",
            "pet 1 Leo 2010-09-07 cat owner 1",
            "vet 1 James Carter [radiology, surgery]",
            "visit 1 rabies shot 2013-01-01 pet 1");

    private static void hibernateCreates(CliProject p, String action) {
        Path classes = compile(p);
        HibernateStartup.run(p.db.jdbcUrl(), action, classes, ValidatorJars.all(), Map.of(), f -> { });
        insertRows(p);
    }

    private static void insertRows(CliProject p) {
        p.db.execute("""
                INSERT INTO types (id, name) VALUES (1, 'cat');
                INSERT INTO owners (id, first_name, last_name, address, city, telephone, email)
                    VALUES (1, 'George', 'Franklin', '110 W. Liberty St.', 'Madison', '6085551023', 'g@example.org');
                INSERT INTO pets (id, name, birth_date, type_id, owner_id) VALUES (1, 'Leo', '2010-09-07', 1, 1);
                INSERT INTO visits (id, visit_date, description, pet_id) VALUES (1, '2013-01-01', 'rabies shot', 1);
                INSERT INTO vets (id, first_name, last_name) VALUES (1, 'James', 'Carter');
                INSERT INTO specialties (id, name) VALUES (1, 'radiology'), (2, 'surgery');
                INSERT INTO vet_specialties (vet_id, specialty_id) VALUES (1, 1), (1, 2);
                """);
    }

    private static List<String> rows(CliProject p) {
        return Stream.of(
                p.db.column("SELECT 'owner ' || id || ' ' || first_name || ' ' || last_name || ' ' || city || ' ' "
                        + "|| telephone FROM owners ORDER BY id"),
                p.db.column("SELECT 'pet ' || p.id || ' ' || p.name || ' ' || p.birth_date || ' ' || t.name "
                        + "|| ' owner ' || p.owner_id FROM pets p JOIN types t ON t.id = p.type_id ORDER BY p.id"),
                p.db.column("SELECT 'vet ' || v.id || ' ' || v.first_name || ' ' || v.last_name || ' [' "
                        + "|| string_agg(s.name, ', ' ORDER BY s.name) || ']' FROM vets v "
                        + "JOIN vet_specialties vs ON vs.vet_id = v.id JOIN specialties s ON s.id = vs.specialty_id "
                        + "GROUP BY v.id ORDER BY v.id"),
                p.db.column("SELECT 'visit ' || id || ' ' || description || ' ' || visit_date || ' pet ' || pet_id "
                        + "FROM visits ORDER BY id"))
                .flatMap(List::stream).toList();
    }

    private static List<String> primaryKey(CliProject p, String table) {
        return p.db.column("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'p' "
                + "AND conrelid = '" + table + "'::regclass");
    }

    /** The entities compiled as the application's build compiles them. */
    private static Path compile(CliProject p) {
        return EntityCompiler.compile(PETCLINIC, p.dir.resolve("build"), ValidatorJars.all());
    }

    private static void copySources(CliProject p) throws IOException {
        Path target = p.dir.resolve("entities");
        try (Stream<Path> files = Files.walk(PETCLINIC)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(PETCLINIC.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
    }

    private static List<Path> migrationFiles(CliProject p) {
        try (Stream<Path> files = Files.list(p.migrations())) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
