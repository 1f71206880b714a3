package dev.retort.spring.boot;

import dev.retort.Retort;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

import javax.sql.DataSource;
import java.util.Locale;

/**
 * Auto-configuration of Retort: with a single (or primary) {@link DataSource} bean and {@code retort.enabled}
 * not false, a {@link Retort} bean for it and a {@link RetortMigrationInitializer} that migrates at start-up,
 * before JPA and the JDBC templates are created (see {@link RetortDependsOnPostProcessor}), so that
 * {@code spring.jpa.hibernate.ddl-auto=validate} sees the migrated schema.
 * <p>
 * Spring Boot 4 moved the DataSource and Hibernate auto-configurations to other packages, so they are named
 * in both their Boot 4 and Boot 3 packages; the names missing from the class path are ignored.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",    // Boot 4
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"},   // Boot 3
        beforeName = {
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration", // Boot 4
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration"})  // Boot 3
@ConditionalOnClass(Retort.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "retort.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetortProperties.class)
public class RetortAutoConfiguration {
    private static final Log log = LogFactory.getLog(Retort.class);

    /**
     * The Retort of the application's DataSource, configured from {@code retort.*}, for the initializer and
     * for application code ({@code downgrade}...).
     */
    @Bean
    @ConditionalOnMissingBean
    public Retort retort(DataSource dataSource, RetortProperties properties, ResourceLoader resourceLoader) {
        Retort.Builder builder = Retort.builder(dataSource).packageName(properties.packageName());
        ClassLoader classLoader = resourceLoader.getClassLoader();
        if (classLoader != null) {
            builder.classLoader(classLoader);
        }
        if (properties.schema() != null) {
            builder.schema(properties.schema());
        }
        if (properties.versionTable() != null) {
            builder.versionTable(properties.versionTable());
        }
        if (properties.lockTimeout() != null) {
            builder.lockTimeout(properties.lockTimeout());
        }
        builder.listener(step -> log.info("Retort: " + String.valueOf(step.direction()).toLowerCase(Locale.ROOT) + " of " + step.revision()
                + (step.message() == null || step.message().isEmpty() ? "" : " (" + step.message() + ")")
                + " in " + step.millis() + " ms"));
        return builder.build();
    }

    /** Runs the {@link RetortMigrationStrategy} bean, if there is one, or upgrades to {@code retort.target}. */
    @Bean
    @ConditionalOnMissingBean
    public RetortMigrationInitializer retortMigrationInitializer(Retort retort, RetortProperties properties,
                                                                 ObjectProvider<RetortMigrationStrategy> strategy) {
        return new RetortMigrationInitializer(retort, strategy.getIfAvailable(), properties.target());
    }

    /** Static: a post-processor must not make the configuration class itself be created early. */
    @Bean
    public static RetortDependsOnPostProcessor retortDependsOnPostProcessor() {
        return new RetortDependsOnPostProcessor();
    }
}
