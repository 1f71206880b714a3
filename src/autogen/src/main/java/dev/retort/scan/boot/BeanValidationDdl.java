package dev.retort.scan.boot;

import dev.retort.scan.ScanException;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.boot.beanvalidation.BeanValidationIntegrator;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.internal.util.config.ConfigurationHelper;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The Bean Validation constraints Hibernate's SessionFactory start-up writes into the schema: with a Bean
 * Validation provider (such as hibernate-validator) on the entities' class path, {@code @NotNull},
 * {@code @NotBlank} and {@code @NotEmpty} make columns NOT NULL, {@code @Size(max)} and {@code @Length(max)}
 * set lengths, {@code @Digits} sets precision and scale, {@code @Min} and {@code @Max} add checks.
 *
 * <p>The mapping itself is Hibernate's own ({@code TypeSafeActivator.applyRelationalConstraints}, the method
 * its {@link BeanValidationIntegrator} calls), applied to the boot metamodel. What is decided here is only
 * what the integrator decides before calling it: the validation mode ({@code jakarta.persistence.validation.mode},
 * or persistence.xml's {@code <validation-mode>}), {@code hibernate.validator.apply_to_ddl}, and whether a
 * provider is there. Without a provider and in mode {@code auto} (the default), Hibernate skips Bean Validation,
 * and so does this; in mode {@code ddl} Hibernate refuses to start, and the scan is refused likewise.
 */
final class BeanValidationDdl {
    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

    private BeanValidationDdl() {
    }

    /** What happened. */
    enum Outcome { APPLIED, NO_PROVIDER, SWITCHED_OFF }

    /**
     * Applies the constraints to {@code metadata}, with {@code userLoader} (the entities' class loader) as the
     * context class loader, where Bean Validation looks for its provider.
     */
    static Outcome apply(MetadataImplementor metadata, StandardServiceRegistry registry, ClassLoader userLoader) {
        Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
        Object mode = settings.get(BeanValidationIntegrator.JAKARTA_MODE_PROPERTY);
        if (mode == null) {
            mode = settings.get(BeanValidationIntegrator.MODE_PROPERTY);
        }
        Set<ValidationMode> modes;
        try {
            modes = ValidationMode.parseValidationModes(mode);
        } catch (RuntimeException e) {
            throw new ScanException("bad " + BeanValidationIntegrator.JAKARTA_MODE_PROPERTY + " '" + mode
                    + "': " + e.getMessage() + "; use auto, callback, ddl or none", e);
        }
        boolean ddlMode = modes.contains(ValidationMode.DDL);
        if (!ddlMode && !modes.contains(ValidationMode.AUTO)
                || !ConfigurationHelper.getBoolean(BeanValidationIntegrator.APPLY_CONSTRAINTS, settings, true)) {
            return Outcome.SWITCHED_OFF;
        }
        ValidatorFactory factory = factory(userLoader, ddlMode);
        if (factory == null) {
            return Outcome.NO_PROVIDER;
        }
        try (factory) {
            Dialect dialect = registry.requireService(JdbcServices.class).getDialect();
            ClassLoaderAccess classes = new ClassLoaderAccessImpl(null, registry.getService(ClassLoaderService.class));
            Method apply = activator().getMethod("applyRelationalConstraints", ValidatorFactory.class,
                    Collection.class, Map.class, Dialect.class, ClassLoaderAccess.class);
            apply.setAccessible(true);
            ContextClassLoader.with(userLoader, () -> {
                try {
                    return apply.invoke(null, factory, metadata.getEntityBindings(), settings, dialect, classes);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot call Hibernate's " + ACTIVATOR, e);
                } catch (InvocationTargetException e) {
                    throw new ScanException("Hibernate could not apply the Bean Validation constraints to the "
                            + "schema: " + e.getCause(), e.getCause());
                }
            });
            return Outcome.APPLIED;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("this Hibernate ORM has no " + ACTIVATOR
                    + ".applyRelationalConstraints(...); Retort was built against another version", e);
        }
    }

    private static ValidatorFactory factory(ClassLoader userLoader, boolean required) {
        try {
            return ContextClassLoader.with(userLoader, Validation::buildDefaultValidatorFactory);
        } catch (NoProviderFoundException e) {
            if (required) {
                throw new ScanException("the persistence unit asks for Bean Validation in the schema (validation "
                        + "mode ddl), but no Bean Validation provider is on the entities' class path; add "
                        + "hibernate-validator and an Expression Language implementation (such as "
                        + "org.glassfish.expressly:expressly) to entities.classpath", e);
            }
            return null;
        } catch (RuntimeException e) {
            throw new ScanException("the Bean Validation provider on the entities' class path failed to start, as "
                    + "it would when the application starts: " + e.getMessage() + " (hibernate-validator needs an "
                    + "Expression Language implementation, such as org.glassfish.expressly:expressly, on "
                    + "entities.classpath)", e);
        }
    }

    private static Class<?> activator() {
        try {
            return Class.forName(ACTIVATOR, true, BeanValidationIntegrator.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("this Hibernate ORM has no " + ACTIVATOR, e);
        }
    }
}
