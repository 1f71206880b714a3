package dev.retort.spring.boot;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes every bean that uses the database's schema depend on the {@link RetortMigrationInitializer} beans, so
 * that the migrations have run before it is created: JPA's {@code EntityManagerFactory} (also when made by an
 * {@code AbstractEntityManagerFactoryBean}), {@code JdbcOperations}, {@code NamedParameterJdbcOperations} and
 * {@code JdbcClient}; the same types Spring Boot's own detectors make wait for Flyway and Liquibase. It uses
 * Spring Framework types only, named so that a type missing from the class path (no JPA) is skipped, and so
 * works with the packages of both Spring Boot 3 and 4.
 */
public class RetortDependsOnPostProcessor implements BeanFactoryPostProcessor, Ordered {
    /** The types whose beans wait for the migrations. */
    static final List<String> DEPENDENT_TYPES = List.of(
            "jakarta.persistence.EntityManagerFactory",
            "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
            "org.springframework.jdbc.core.JdbcOperations",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations",
            "org.springframework.jdbc.core.simple.JdbcClient");

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Set<String> initializers = beanNames(beanFactory, RetortMigrationInitializer.class);
        if (initializers.isEmpty()) {
            return;
        }
        ClassLoader loader = beanFactory.getBeanClassLoader();
        for (String typeName : DEPENDENT_TYPES) {
            if (!ClassUtils.isPresent(typeName, loader)) {
                continue;
            }
            for (String name : beanNames(beanFactory, ClassUtils.resolveClassName(typeName, loader))) {
                BeanDefinition definition = definition(beanFactory, name);
                String[] dependsOn = definition.getDependsOn();
                for (String initializer : initializers) {
                    if (!initializer.equals(name) && !ObjectUtils.containsElement(dependsOn, initializer)) {
                        dependsOn = StringUtils.addStringToArray(dependsOn, initializer);
                    }
                }
                definition.setDependsOn(dependsOn);
            }
        }
    }

    @Override
    public int getOrder() {
        return 0;
    }

    /** Names of beans of the type, factory beans by what they make or, for {@code &}-types, by themselves. */
    private static Set<String> beanNames(ConfigurableListableBeanFactory beanFactory, Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beanFactory, type, true, false)) {
            names.add(BeanFactoryUtils.transformedBeanName(name));
        }
        return names;
    }

    private static BeanDefinition definition(ConfigurableListableBeanFactory beanFactory, String name) {
        try {
            return beanFactory.getBeanDefinition(name);
        } catch (NoSuchBeanDefinitionException e) {
            BeanFactory parent = beanFactory.getParentBeanFactory();
            if (parent instanceof ConfigurableListableBeanFactory p) {
                return definition(p, name);
            }
            throw e;
        }
    }
}
