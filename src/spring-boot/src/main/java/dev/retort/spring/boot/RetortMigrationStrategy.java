package dev.retort.spring.boot;

import dev.retort.Retort;

/**
 * What runs at start-up in place of the default, which upgrades to {@code retort.target}. Declare one as a
 * {@code @Bean} to decide yourself, for example to upgrade only on some profiles or to log
 * {@link Retort#upgrade(String)}'s results:
 * <pre>{@code
 * @Bean
 * RetortMigrationStrategy upgradeToFirstRelease() {
 *     return retort -> retort.upgrade("3f2a9c1b7d04");
 * }
 * }</pre>
 * It runs, like the default, before JPA's {@code EntityManagerFactory} and the JDBC templates are created. A
 * strategy that does nothing leaves the schema as it is.
 */
@FunctionalInterface
public interface RetortMigrationStrategy {

    /**
     * Migrates the application's database.
     *
     * @param retort the configured {@link Retort}, the same instance as the context's {@code Retort} bean
     */
    void migrate(Retort retort);
}
