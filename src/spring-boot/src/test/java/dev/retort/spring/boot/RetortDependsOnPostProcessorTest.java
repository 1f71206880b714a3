package dev.retort.spring.boot;

import dev.retort.Retort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Which bean definitions wait for the migrations. (In a JPA application the EntityManagerFactory is created
 * first of all, being LoadTimeWeaverAware, and so pulls the migrations ahead of everything anyway; the JDBC
 * rules matter for applications without JPA, which this test covers without starting anything.)
 */
class RetortDependsOnPostProcessorTest {

    @Test
    void entityManagerFactoriesAndJdbcTemplatesDependOnTheInitializers() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerBeanDefinition("retortMigrationInitializer", new RootBeanDefinition(
                RetortMigrationInitializer.class,
                () -> new RetortMigrationInitializer(Retort.builder(new SimpleDriverDataSource()).build(), null, "heads")));
        factory.registerBeanDefinition("entityManagerFactory", new RootBeanDefinition(LocalContainerEntityManagerFactoryBean.class));
        RootBeanDefinition jdbcTemplate = new RootBeanDefinition(JdbcTemplate.class);
        jdbcTemplate.setDependsOn("somethingElse");
        factory.registerBeanDefinition("jdbcTemplate", jdbcTemplate);
        factory.registerBeanDefinition("namedParameterJdbcTemplate", new RootBeanDefinition(NamedParameterJdbcTemplate.class));
        factory.registerBeanDefinition("jdbcClient", new RootBeanDefinition(JdbcClient.class, () -> null));
        factory.registerBeanDefinition("unrelated", new RootBeanDefinition(StringBuilder.class));

        new RetortDependsOnPostProcessor().postProcessBeanFactory(factory);

        String[] initializer = {"retortMigrationInitializer"};
        assertArrayEquals(initializer, factory.getBeanDefinition("entityManagerFactory").getDependsOn());
        assertArrayEquals(new String[]{"somethingElse", "retortMigrationInitializer"},
                factory.getBeanDefinition("jdbcTemplate").getDependsOn());
        assertArrayEquals(initializer, factory.getBeanDefinition("namedParameterJdbcTemplate").getDependsOn());
        assertArrayEquals(initializer, factory.getBeanDefinition("jdbcClient").getDependsOn());
        assertNull(factory.getBeanDefinition("unrelated").getDependsOn());
        assertNull(factory.getBeanDefinition("retortMigrationInitializer").getDependsOn());
    }

    @Test
    void withoutAnInitializerNothingDependsOnAnything() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerBeanDefinition("jdbcTemplate", new RootBeanDefinition(JdbcTemplate.class));

        new RetortDependsOnPostProcessor().postProcessBeanFactory(factory);

        assertNull(factory.getBeanDefinition("jdbcTemplate").getDependsOn());
    }
}
