package dev.retort.scan;

import dev.retort.model.CheckConstraint;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.scan.compile.EntityCompilationException;
import dev.retort.scan.compile.EntityCompiler;
import dev.retort.testing.ValidatorJars;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.retort.scan.ModelAssertions.column;
import static dev.retort.scan.ModelAssertions.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entity set {@code petclinic}: the scan applies what Hibernate's SessionFactory start-up applies before it
 * creates tables, Bean Validation (only with a provider on the entities' class path) and column ordering.
 */
class StartupParityScanTest {

    static ScanRequest withValidator() {
        return EntitySets.request("petclinic").withClasspath(ValidatorJars.all());
    }

    static SchemaModel scan(ScanRequest request) {
        return new EntityScanner().scan(request).model();
    }

    @Test
    void beanValidationWithTheValidatorOnTheClasspath() {
        SchemaModel m = scan(withValidator());
        Table owners = table(m, "owners");
        for (String c : List.of("first_name", "last_name", "address", "city", "telephone", "email")) {
            assertFalse(column(owners, c).nullable(), c + " is @NotBlank");
        }
        assertTrue(column(owners, "notes").nullable(), "@Size alone leaves NULL allowed");
        assertEquals(varchar(500), column(owners, "notes").type());
        assertEquals(varchar(20), column(owners, "mobile").type());
        assertTrue(column(owners, "mobile").nullable());

        Table visits = table(m, "visits");
        assertFalse(column(visits, "visit_date").nullable(), "@NotNull");
        assertFalse(column(visits, "description").nullable());
        assertEquals(varchar(120), column(visits, "description").type());
        assertEquals(SqlType.withPrecision("numeric", 8, 2), column(visits, "fee").type(), "@Digits(6, 2)");
        assertTrue(column(visits, "invoice_number").nullable(), "@NotNull in another group than Default");

        Table pets = table(m, "pets");
        assertEquals(List.of(new CheckConstraint("pets_age_years_check", "age_years<=40"),
                        new CheckConstraint("pets_weight_grams_check", "weight_grams>=1")),
                pets.checks().stream().sorted(java.util.Comparator.comparing(CheckConstraint::name)).toList());
        assertFalse(column(pets, "name").nullable(), "@NotBlank of a @MappedSuperclass");

        Table treatments = table(m, "treatments");
        assertFalse(column(treatments, "label").nullable(), "the SINGLE_TABLE root's own column");
        assertTrue(column(treatments, "surgeon").nullable(), "a SINGLE_TABLE subclass's column stays nullable");
        assertEquals(varchar(40), column(treatments, "vaccine").type(), "hibernate-validator's @Length");
    }

    @Test
    void noBeanValidationWithoutAProviderOnTheEntitiesClasspath() {
        // the same classes, compiled with the validator, then scanned as entities.classes without it
        Path classes = EntityCompiler.compile(EntitySets.ROOT.resolve("petclinic"), EntitySets.CACHE,
                ValidatorJars.all());
        SchemaModel m = scan(ScanRequest.ofClasses(List.of(classes), List.of("org.example.petclinic")));
        Table owners = table(m, "owners");
        assertTrue(column(owners, "city").nullable());
        assertEquals(varchar(255), column(owners, "notes").type());
        assertTrue(table(m, "pets").checks().isEmpty(), table(m, "pets").checks().toString());

        SchemaModel provided = scan(ScanRequest.ofClasses(List.of(classes), List.of("org.example.petclinic"))
                .withClasspath(ValidatorJars.all()));
        assertFalse(column(table(provided, "owners"), "city").nullable());
    }

    @Test
    void sourcesUsingTheValidatorsOwnAnnotationsNeedItOnTheCompileClasspath() {
        EntityCompilationException e = assertThrows(EntityCompilationException.class,
                () -> scan(EntitySets.request("petclinic").withCacheDirectory(Path.of("target/retort-cache/petclinic-bare"))));
        assertTrue(e.getMessage().contains("Vaccination.java"), e.getMessage());
    }

    @Test
    void validationModeAndApplyToDdlSwitchItOff() {
        assertTrue(column(table(scan(withValidator().withProperty("jakarta.persistence.validation.mode", "none")),
                "owners"), "city").nullable());
        assertTrue(column(table(scan(withValidator().withProperty("jakarta.persistence.validation.mode", "callback")),
                "owners"), "city").nullable());
        assertTrue(column(table(scan(withValidator().withProperty("hibernate.validator.apply_to_ddl", "false")),
                "owners"), "city").nullable());
        assertFalse(column(table(scan(withValidator().withProperty("jakarta.persistence.validation.mode", "ddl")),
                "owners"), "city").nullable());
    }

    @Test
    void ddlModeWithoutAProviderIsRefusedAsHibernateRefusesToStart() {
        Path classes = EntityCompiler.compile(EntitySets.ROOT.resolve("petclinic"), EntitySets.CACHE,
                ValidatorJars.all());
        ScanException e = assertThrows(ScanException.class, () -> scan(ScanRequest.ofClasses(List.of(classes),
                List.of()).withProperty("jakarta.persistence.validation.mode", "ddl")));
        assertTrue(e.getMessage().contains("entities.classpath"), e.getMessage());
    }

    @Test
    void joinTableKeyInTheOrderOfHibernatesCreate() {
        Table join = table(scan(withValidator()), "vet_specialties");
        assertEquals(List.of("specialty_id", "vet_id"), join.primaryKey().columns());
        assertEquals(List.of("specialty_id", "vet_id"), join.columns().stream().map(c -> c.name()).toList());
    }

    @Test
    void legacyOrderingOrAnUpdateStartUpKeepTheMappingsOrder() {
        Table legacy = table(scan(withValidator().withProperty("hibernate.column_ordering_strategy", "legacy")),
                "vet_specialties");
        assertEquals(List.of("vet_id", "specialty_id"), legacy.primaryKey().columns());
        Table update = table(scan(withValidator().withProperty("hibernate.hbm2ddl.auto", "update")),
                "vet_specialties");
        assertEquals(List.of("vet_id", "specialty_id"), update.primaryKey().columns());
        Table create = table(scan(withValidator().withProperty("hibernate.hbm2ddl.auto", "create")),
                "vet_specialties");
        assertEquals(List.of("specialty_id", "vet_id"), create.primaryKey().columns());
    }

    @Test
    void hibernatesDdlFollowsTheRequestedServerVersion() {
        // PostgreSQL 18 has virtual generated columns, and Hibernate writes them for 18 only
        ScanRequest types = EntitySets.request("types");
        String v17 = HibernateDdl.createScript(types.withDatabaseVersion(17, 0));
        String v18 = HibernateDdl.createScript(types.withDatabaseVersion(18, 0));
        assertTrue(v17.contains("generated always as (price * quantity) stored"), v17);
        assertTrue(v18.contains("generated always as (price * quantity)")
                && !v18.contains("generated always as (price * quantity) stored"), v18);
    }

    private static SqlType varchar(int length) {
        return SqlType.withLength("varchar", length);
    }
}
