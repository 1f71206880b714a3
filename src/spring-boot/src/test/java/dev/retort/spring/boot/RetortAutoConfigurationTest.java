package dev.retort.spring.boot;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import dev.retort.Retort;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.spring.boot.app.Account;
import dev.retort.spring.boot.app.AccountRepository;
import dev.retort.spring.boot.app.TestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real Spring Boot application on a fresh PostgreSQL database whose schema comes only from Retort
 * migrations, with {@code spring.jpa.hibernate.ddl-auto=validate}: Hibernate refuses to start unless the
 * migrations ran before the EntityManagerFactory was built.
 */
class RetortAutoConfigurationTest {
    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabases.create("spring");
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void migratesBeforeJpaSoThatValidationPassesAndQueriesSeeTheMigratedRows() {
        try (ConfigurableApplicationContext context = start(new Class<?>[0])) {
            List<String> names = context.getBean(AccountRepository.class).findByNameStartingWithOrderByIdAsc("a")
                    .stream().map(Account::getName).toList();
            assertEquals(List.of("ada", "alan"), names);
            assertEquals(List.of("shop0001", "shop0002"), db.column("SELECT revision FROM retort_version ORDER BY revision"));
            // the Retort bean is the application's: nothing left to upgrade
            assertEquals(List.of(), context.getBean(Retort.class).upgrade("heads"));
        }
    }

    @Test
    void aFailingMigrationStopsTheStartUpWithRetortsMessage() {
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> start(new Class<?>[0], "retort.package-name=db.broken").close());
        RetortException retort = find(failure, RetortException.class);
        assertNotNull(retort, "no RetortException in the causes of " + failure);
        assertEquals(ErrorKind.MIGRATION_FAILED, retort.kind());
        assertEquals(List.of("bad0002"), retort.revisions());
        assertTrue(retort.getMessage().startsWith("upgrade of migration bad0002"), retort.getMessage());
        assertTrue(retort.getMessage().contains("null value in column"), retort.getMessage());
        // what Spring Boot prints as the reason the application failed to start
        FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(failure);
        assertNotNull(analysis);
        assertEquals("Retort could not migrate the database (MIGRATION_FAILED): " + retort.getMessage(),
                analysis.getDescription());
        // the good first migration stays applied, the failed one was rolled back
        assertEquals(List.of("bad0001"), db.column("SELECT revision FROM retort_version"));
        assertEquals(List.of("0"), db.column("SELECT count(*) FROM account"));
    }

    @Test
    void aStrategyBeanReplacesTheDefaultUpgrade() {
        StrategyConfiguration.calls.clear();
        try (ConfigurableApplicationContext context = start(new Class<?>[]{StrategyConfiguration.class})) {
            assertEquals(List.of(context.getBean(Retort.class)), StrategyConfiguration.calls);
            assertEquals(List.of("shop0001"), db.column("SELECT revision FROM retort_version"));
            assertEquals(0, context.getBean(AccountRepository.class).count());
        }
    }

    @Test
    void propertiesChooseTargetVersionTableAndLockTimeout() {
        try (ConfigurableApplicationContext context = start(new Class<?>[0], "retort.target=shop0001",
                "retort.version-table=app_schema_versions", "retort.lock-timeout=5s")) {
            RetortProperties properties = context.getBean(RetortProperties.class);
            assertEquals(Duration.ofSeconds(5), properties.lockTimeout());
            assertEquals(Retort.DEFAULT_PACKAGE, properties.packageName());
            assertEquals(List.of("shop0001"), db.column("SELECT revision FROM app_schema_versions"));
            assertFalse(tableExists("retort_version"));
        }
    }

    @Test
    void disabledRetortMigratesNothingAndHasNoBeans() {
        try (ConfigurableApplicationContext context = start(new Class<?>[0], "retort.enabled=false",
                "spring.jpa.hibernate.ddl-auto=none")) {
            assertTrue(context.getBeansOfType(Retort.class).isEmpty());
            assertTrue(context.getBeansOfType(RetortMigrationInitializer.class).isEmpty());
            assertFalse(tableExists("retort_version"));
            assertFalse(tableExists("account"));
        }
    }

    private ConfigurableApplicationContext start(Class<?>[] extraSources, String... properties) {
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = TestApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new SpringApplicationBuilder(sources)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + db.jdbcUrl(),
                        "spring.datasource.hikari.maximum-pool-size=2",
                        "spring.jpa.hibernate.ddl-auto=validate",
                        "spring.jpa.open-in-view=false",
                        "spring.main.banner-mode=off",
                        "logging.level.root=warn",
                        "logging.level.dev.retort=info")
                .properties(properties)
                .run();
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /** A strategy that upgrades to the first revision only; not component-scanned, added as a source. */
    @Configuration(proxyBeanMethods = false)
    static class StrategyConfiguration {
        static final List<Retort> calls = new ArrayList<>();

        @Bean
        RetortMigrationStrategy firstRevisionOnly() {
            return retort -> {
                calls.add(retort);
                retort.upgrade("shop0001");
            };
        }
    }

    private boolean tableExists(String table) {
        return !db.column("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '"
                + table + "'").isEmpty();
    }
}
