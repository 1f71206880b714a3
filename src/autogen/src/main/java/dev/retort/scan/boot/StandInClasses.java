package dev.retort.scan.boot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;

import java.util.Map;

/**
 * The class of a {@link StandIn}: public, with a public no-argument constructor, {@code @Entity(name = …)},
 * {@code @Table(name = …, schema = …)} and one field, its identifier, {@code @Id @Column(name = …)}.
 */
final class StandInClasses {
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("long", long.class, "int", int.class,
            "short", short.class, "byte", byte.class, "char", char.class, "boolean", boolean.class,
            "float", float.class, "double", double.class);

    private StandInClasses() {
    }

    static byte[] bytes(StandIn s) throws ClassNotFoundException {
        AnnotationDescription.Builder table = AnnotationDescription.Builder.ofType(Table.class)
                .define("name", s.table());
        if (!s.schema().isEmpty()) {
            table = table.define("schema", s.schema());
        }
        return new ByteBuddy()
                .subclass(Object.class, ConstructorStrategy.Default.DEFAULT_CONSTRUCTOR)
                .name(s.className())
                .modifiers(Visibility.PUBLIC)
                .annotateType(AnnotationDescription.Builder.ofType(Entity.class).define("name", s.entityName()).build(),
                        table.build())
                .defineField(s.idAttribute(), type(s.idType()), Visibility.PRIVATE)
                .annotateField(AnnotationDescription.Builder.ofType(Id.class).build(),
                        AnnotationDescription.Builder.ofType(Column.class).define("name", s.idColumn()).build())
                .make()
                .getBytes();
    }

    /** A primitive's class, or a class of the JDK's own loaders. */
    static Class<?> type(String name) throws ClassNotFoundException {
        Class<?> primitive = PRIMITIVES.get(name);
        return primitive != null ? primitive : Class.forName(name, false, ClassLoader.getPlatformClassLoader());
    }
}
