package dev.retort.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class of a project's migrations: with {@link RetortMigrationTests} it gets the four tests every
 * project should have, and its own tests get a {@link RetortDatabase} parameter. The class gets a fresh database:
 * on an embedded PostgreSQL by default, on a server of the test's choosing ({@link #server}), or a database given
 * as it is ({@link #url}, a static {@link RetortDataSource} field). See docs/junit.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RetortExtension.class)
public @interface RetortMigrationTest {
    /** The project folder, relative to the working directory; default the working directory itself. */
    String project() default "";

    /** The settings file, relative to the project folder; default {@code retort.properties} (none is fine). */
    String config() default "";

    /** The migrations folder, relative to the project folder; default the settings' {@code migrations.dir}. */
    String migrations() default "";

    /** A folder of entity sources, relative to the project folder; default the settings' {@code entities.*}. */
    String entities() default "";

    /**
     * A PostgreSQL server on which a database is created for the class and dropped after it: the JDBC URL of a
     * maintenance database such as {@code jdbc:postgresql://localhost:5432/postgres?user=postgres}. Default the
     * configuration parameter (or system property) {@value RetortExtension#SERVER}, else an embedded PostgreSQL.
     */
    String server() default "";

    /**
     * A database used as it is (e.g. a Testcontainers container's {@code getJdbcUrl()} with user and password in
     * the query string); it should be empty at the start. Default the configuration parameter (or system property)
     * {@value RetortExtension#URL}.
     */
    String url() default "";
}
