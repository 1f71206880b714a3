package dev.retort.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static field of a {@link RetortMigrationTest} class that names the database the tests run on, used as it
 * is: a {@link javax.sql.DataSource}, or a {@link String} JDBC URL (with user and password in its query string), read
 * once before the first test of the class. It wins over the annotation's {@code url} and {@code server}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RetortDataSource {
}
