package dev.retort.scan.naming;

import java.util.Map;

/**
 * Maps naming-strategy names that cannot be loaded here onto Retort's equivalents: Spring Boot is not on
 * Retort's classpath, so its strategy class names resolve to the look-alikes in this package. Every other
 * name (a class name, or one of Hibernate's short names such as {@code jpa} or {@code component-path}) is
 * passed to Hibernate unchanged. Hibernate's own {@code CamelCaseToUnderscoresNamingStrategy} and
 * {@code PhysicalNamingStrategySnakeCaseImpl} are in hibernate-core and are used as they are.
 */
public final class NamingStrategies {
    private NamingStrategies() {
    }

    private static final Map<String, String> PHYSICAL = Map.of(
            "org.springframework.boot.orm.jpa.hibernate.SpringPhysicalNamingStrategy",
            SpringPhysicalNamingStrategy.class.getName(),
            "org.springframework.boot.hibernate.SpringPhysicalNamingStrategy",
            SpringPhysicalNamingStrategy.class.getName(),
            "spring", SpringPhysicalNamingStrategy.class.getName(),
            "snake-case", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
            "standard", "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");

    private static final Map<String, String> IMPLICIT = Map.of(
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
            SpringImplicitNamingStrategy.class.getName(),
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            SpringImplicitNamingStrategy.class.getName(),
            "spring", SpringImplicitNamingStrategy.class.getName());

    /** The class name Hibernate should load for a physical naming strategy name or alias. */
    public static String physical(String nameOrAlias) {
        return nameOrAlias == null ? null : PHYSICAL.getOrDefault(nameOrAlias.trim(), nameOrAlias.trim());
    }

    /** The class or short name Hibernate should use for an implicit naming strategy name or alias. */
    public static String implicit(String nameOrAlias) {
        return nameOrAlias == null ? null : IMPLICIT.getOrDefault(nameOrAlias.trim(), nameOrAlias.trim());
    }
}
