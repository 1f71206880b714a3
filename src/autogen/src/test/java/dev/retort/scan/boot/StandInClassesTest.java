package dev.retort.scan.boot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandInClassesTest {
    private static Class<?> define(StandIn s) throws Exception {
        byte[] bytes = StandInClasses.bytes(s);
        return new ClassLoader(StandInClassesTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(s.className(), bytes, 0, bytes.length);
            }
        }.define();
    }

    @Test
    void aStandInIsAPublicEntityWithItsTableAndIdentifier() throws Exception {
        Class<?> c = define(new StandIn("shop.model.Customer", "Customer", "sales", "customers", "id", "customer_id",
                "java.lang.Long"));
        assertEquals("shop.model.Customer", c.getName());
        assertTrue(Modifier.isPublic(c.getModifiers()));
        assertEquals(Object.class, c.getSuperclass());
        assertEquals("Customer", c.getAnnotation(Entity.class).name());
        assertEquals("customers", c.getAnnotation(Table.class).name());
        assertEquals("sales", c.getAnnotation(Table.class).schema());
        Field id = c.getDeclaredField("id");
        assertEquals(Long.class, id.getType());
        assertTrue(Modifier.isPrivate(id.getModifiers()));
        assertTrue(id.isAnnotationPresent(Id.class));
        assertEquals("customer_id", id.getAnnotation(Column.class).name());
        assertEquals(1, c.getDeclaredFields().length);
        assertEquals(c, c.getConstructor().newInstance().getClass(), "a public no-argument constructor");
    }

    @Test
    void theIdentifierMayBePrimitiveOrAnArrayOfTheJdk() throws Exception {
        Class<?> primitive = define(new StandIn("a.P", "P", "", "p", "key", "key", "long"));
        assertEquals(long.class, primitive.getDeclaredField("key").getType());
        assertEquals("", primitive.getAnnotation(Table.class).schema(), "no schema: the default");
        Class<?> array = define(new StandIn("a.Q", "Q", "", "q", "k", "k", "[B"));
        assertEquals(byte[].class, array.getDeclaredField("k").getType());
        Class<?> text = define(new StandIn("a.R", "Ré", "", "\"r\u00e9\"", "k", "`k`", "java.lang.String"));
        assertEquals("Ré", text.getAnnotation(Entity.class).name(), "names beyond ASCII");
        assertArrayEquals(new Object[] {"\"r\u00e9\"", "`k`"}, new Object[] {text.getAnnotation(Table.class).name(),
                text.getDeclaredField("k").getAnnotation(Column.class).name()});
    }

    @Test
    void anIdentifierTypeOutsideTheJdkIsRefused() {
        assertThrows(ClassNotFoundException.class, () -> StandInClasses.bytes(
                new StandIn("a.S", "S", "", "s", "id", "id", "shop.model.CustomerId")));
    }
}
