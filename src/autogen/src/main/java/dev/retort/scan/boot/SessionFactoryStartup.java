package dev.retort.scan.boot;

import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.spi.MetadataImplementor;

/**
 * What Hibernate's SessionFactory start-up does to the boot metamodel before it creates the schema, in its
 * order ({@code SessionFactoryImpl}'s constructor): the integrators run (of those, Bean Validation changes the
 * schema), then the columns are ordered ({@code MetadataImplementor.orderColumns}), then the mappings are
 * validated. Without this, the metamodel is the one {@code MetadataSources.buildMetadata()} returns, which no
 * start-up ever turns into tables.
 *
 * <p>Column ordering follows {@code hibernate.column_ordering_strategy}: the default strategy puts table
 * columns, and the columns of multi-column primary keys and of the foreign keys that reference them, in order
 * of size and then name (so a join table {@code (vet_id, specialty_id)} gets
 * {@code primary key (specialty_id, vet_id)}); {@code legacy} keeps the mapping's order. Hibernate orders
 * only when its start-up creates tables ({@code create}, {@code create-drop}, {@code create-only}), not for
 * {@code update}; Retort orders as {@code create} does, unless the configuration files say {@code update}.
 */
final class SessionFactoryStartup {
    private SessionFactoryStartup() {
    }

    static BeanValidationDdl.Outcome apply(MetadataImplementor metadata, StandardServiceRegistry registry,
                                           ClassLoader userLoader, boolean orderColumns) {
        BeanValidationDdl.Outcome validation = BeanValidationDdl.apply(metadata, registry, userLoader);
        if (orderColumns) {
            metadata.orderColumns(true);
        }
        metadata.validate();
        return validation;
    }
}
