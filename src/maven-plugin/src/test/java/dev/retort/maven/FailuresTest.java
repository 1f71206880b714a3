package dev.retort.maven;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class FailuresTest {
    @Test
    void aRetortErrorFailsTheBuildWithItsExitCodeAndNoPassword() {
        Exception e = Failures.of("upgrade", new RetortException(ErrorKind.DATABASE_UNREACHABLE,
                "cannot connect to postgresql://app:s3cret@db:5432/shop: connection refused"));
        assertInstanceOf(MojoFailureException.class, e);
        assertEquals("retort upgrade: exit 4 \u2014 cannot connect to postgresql://app:***@db:5432/shop: "
                + "connection refused", e.getMessage());
    }

    @Test
    void aBugInRetortIsAnExecutionError() {
        Exception e = Failures.of("check", new IllegalStateException("boom"));
        assertInstanceOf(MojoExecutionException.class, e);
        assertEquals("retort check: exit 70 \u2014 boom (a bug in Retort; please report it)", e.getMessage());
    }
}
