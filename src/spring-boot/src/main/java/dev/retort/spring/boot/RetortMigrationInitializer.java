package dev.retort.spring.boot;

import dev.retort.Retort;
import org.springframework.beans.factory.InitializingBean;

import java.util.Objects;

/**
 * The bean that migrates the database while the context starts: when it is initialized it runs the
 * {@link RetortMigrationStrategy}, or upgrades to the target. {@link RetortDependsOnPostProcessor} makes JPA
 * and the JDBC templates depend on it. A failure (a {@link dev.retort.errors.RetortException} naming the
 * revision) is not caught: it fails the start-up.
 */
public class RetortMigrationInitializer implements InitializingBean {
    private final Retort retort;
    private final RetortMigrationStrategy strategy;

    /**
     * @param retort   the configured Retort
     * @param strategy what to run; {@code null} upgrades to {@code target}
     * @param target   the target of the default upgrade, e.g. {@code heads}
     */
    public RetortMigrationInitializer(Retort retort, RetortMigrationStrategy strategy, String target) {
        this.retort = Objects.requireNonNull(retort, "retort");
        Objects.requireNonNull(target, "target");
        this.strategy = strategy != null ? strategy : r -> r.upgrade(target);
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(retort);
    }
}
