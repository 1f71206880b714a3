package dev.retort.scan;

import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.scan.ModelAssertions.column;
import static dev.retort.scan.ModelAssertions.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entity set {@code naming}: Spring Boot's naming strategies named in {@code hibernate.properties}, the default
 * schema from {@code META-INF/persistence.xml}, an explicit schema, quoted names; and the request overriding them.
 * Both files also hold connection settings that must not make the scan connect.
 */
class NamingScanTest {

    @Test
    void springNamingFromHibernatePropertiesAndDefaultSchemaFromPersistenceXml() {
        ScanResult result = EntitySets.scan("naming");
        SchemaModel model = result.model();
        assertEquals("sales", result.defaultSchema());
        assertEquals(List.of("reporting.daily_stat", "sales.audit_entry", "sales.promo_code", "sales.sales_order",
                        "sales.sales_order_applied_promo_codes", "sales.sales_order_delivery_notes", "sales.sales_rep"),
                model.tables().stream().map(Table::displayName).sorted().toList());
        Table order = table(model, "sales_order");
        assertEquals(List.of("grand_total", "account_manager_employee_no", "id", "order_number"),
                order.columns().stream().map(Column::name).toList());
        assertEquals("sales_rep", order.foreignKeys().get(0).referencedTable());
        assertEquals("sales", order.foreignKeys().get(0).referencedSchema());
        assertEquals(List.of("employee_no"), order.foreignKeys().get(0).referencedColumns());
        assertEquals(List.of(new Sequence("promo_code_seq", 1, 50, "sales")), model.sequences());
        assertEquals(List.of("stat_day", "order_count"),
                table(model, "daily_stat").columns().stream().map(Column::name).toList());
        assertEquals("reporting", table(model, "daily_stat").schema());
    }

    @Test
    void springPhysicalNamingRewritesQuotedNamesToo() {
        Table audit = table(EntitySets.scan("naming").model(), "audit_entry");
        assertTrue(audit.column("who_did_it").isPresent());
        assertEquals("audit_entry_pkey", audit.primaryKey().name());
    }

    @Test
    void springImplicitNamingNamesJoinTablesAfterTheAttribute() {
        Table joins = table(EntitySets.scan("naming").model(), "sales_order_applied_promo_codes");
        assertEquals(List.of("applied_promo_codes_id", "sales_order_id"),
                joins.columns().stream().map(Column::name).toList());
        Table jpa = table(new EntityScanner().scan(EntitySets.request("naming").withImplicitNamingStrategy("jpa"))
                .model(), "sales_order_promo_code");
        assertEquals(List.of("applied_promo_codes_id", "sales_order_id"),
                jpa.columns().stream().map(Column::name).toList());
    }

    @Test
    void requestOverridesTheConfigurationFiles() {
        ScanResult result = new EntityScanner().scan(EntitySets.request("naming")
                .withPhysicalNamingStrategy("org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")
                .withProperty("hibernate.default_schema", "crm"));
        assertEquals("crm", result.defaultSchema());
        Table audit = table(result.model(), "AuditEntry");
        assertTrue(audit.column("WhoDidIt").isPresent(), "Hibernate's snake case keeps quoted names as they are");
        assertTrue(audit.column("action_taken").isPresent());
        assertEquals("AuditEntry_pkey", audit.primaryKey().name());
    }

    @Test
    void standardPhysicalNamingKeepsCamelCaseWhichPostgresFolds() {
        SchemaModel model = new EntityScanner().scan(EntitySets.request("naming")
                .withPhysicalNamingStrategy("standard").withImplicitNamingStrategy("jpa")).model();
        Table order = table(model, "salesorder");
        assertTrue(order.column("ordernumber").isPresent());
        assertTrue(order.column("accountmanager_employeeno").isPresent());
    }

    @Test
    void unknownPersistenceUnitIsAnErrorNamingTheUnitsThereAre() {
        ScanException e = assertThrows(ScanException.class, () ->
                new EntityScanner().scan(EntitySets.request("naming").withPersistenceUnit("billing")));
        assertTrue(e.getMessage().contains("'billing'") && e.getMessage().contains("[sales]")
                && e.getMessage().contains("persistence.xml"), e.getMessage());
    }
}
