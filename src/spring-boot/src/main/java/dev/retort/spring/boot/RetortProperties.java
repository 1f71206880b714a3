package dev.retort.spring.boot;

import dev.retort.Retort;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The {@code retort.*} properties of an application.
 *
 * @param enabled      whether Retort migrates at start-up (and a {@code Retort} bean exists); default true
 * @param target       what the default strategy upgrades to: {@code heads} (default), a revision, {@code +1}...
 * @param packageName  the package (and sub-packages) of the compiled migration classes; default
 *                     {@value Retort#DEFAULT_PACKAGE}
 * @param schema       the schema that migrations and the version table work in; unset: Retort's default
 * @param versionTable the name of the version table; unset: Retort's default
 * @param lockTimeout  how long to wait for another instance's migration lock, e.g. {@code 30s}; unset:
 *                     Retort's default
 */
@ConfigurationProperties("retort")
public record RetortProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("heads") String target,
        @DefaultValue(Retort.DEFAULT_PACKAGE) String packageName,
        String schema,
        String versionTable,
        Duration lockTimeout) {
}
