package dev.retort.scan.naming;

import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpringPhysicalNamingStrategyTest {

    @Test
    void camelCaseBecomesLowerSnakeCase() {
        assertEquals("order_line", SpringPhysicalNamingStrategy.snakeCase("orderLine"));
        assertEquals("order_line", SpringPhysicalNamingStrategy.snakeCase("OrderLine"));
        assertEquals("line_item2_price", SpringPhysicalNamingStrategy.snakeCase("lineItem2Price"));
        assertEquals("httpserver", SpringPhysicalNamingStrategy.snakeCase("HTTPServer"));
        assertEquals("address_city", SpringPhysicalNamingStrategy.snakeCase("address.city"));
        assertEquals("already_snake", SpringPhysicalNamingStrategy.snakeCase("already_snake"));
        assertEquals("x", SpringPhysicalNamingStrategy.snakeCase("X"));
    }

    @Test
    void quotedNamesAreRewrittenAndStayQuoted() {
        Identifier physical = new SpringPhysicalNamingStrategy()
                .toPhysicalTableName(new Identifier("AuditEntry", true), null);
        assertEquals("audit_entry", physical.getText());
        assertTrue(physical.isQuoted());
    }

    @Test
    void springClassNamesAreAliases() {
        assertEquals(SpringPhysicalNamingStrategy.class.getName(),
                NamingStrategies.physical("org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy"));
        assertEquals(SpringImplicitNamingStrategy.class.getName(),
                NamingStrategies.implicit("org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"));
        assertEquals("org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                NamingStrategies.physical("org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"),
                "in hibernate-core: used as it is");
        assertEquals("com.example.MyStrategy", NamingStrategies.physical(" com.example.MyStrategy "));
    }
}
