package dev.retort.junit;

import dev.retort.command.Workspace;
import dev.retort.config.Settings;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ModifierSupport;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Gives the tests of a {@link RetortMigrationTest} class their {@link RetortDatabase}: one database per class, made
 * before its first test that asks for it and dropped after its last (when the extension made it), at base at the
 * start of every test.
 */
public final class RetortExtension implements ParameterResolver {
    /** Configuration parameter (or system property): the server to create test databases on. */
    public static final String SERVER = "retort.test.server";
    /** Configuration parameter (or system property): a database to use as it is. */
    public static final String URL = "retort.test.url";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RetortExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RetortDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RetortDatabase db = classContext(context).getStore(NAMESPACE)
                .getOrComputeIfAbsent(ClassDatabase.class, k -> open(classContext(context)), ClassDatabase.class)
                .database();
        db.resetIfTouched();
        return db;
    }

    /** The context of the test class (a test method's, a test factory's or the class's own context asks). */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static ClassDatabase open(ExtensionContext classContext) {
        Class<?> testClass = classContext.getRequiredTestClass();
        RetortMigrationTest a = AnnotationSupport.findAnnotation(testClass, RetortMigrationTest.class).orElse(null);
        TestTarget target = target(classContext, testClass, a);
        try {
            Settings settings = ProjectSettings.load(a, target);
            return new ClassDatabase(new RetortDatabase(new Workspace(settings,
                    new PrintStream(OutputStream.nullOutputStream())), target));
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    private static TestTarget target(ExtensionContext context, Class<?> testClass, RetortMigrationTest a) {
        Optional<Object> given = dataSourceField(testClass);
        if (given.isPresent()) {
            return given.get() instanceof DataSource ds ? GivenTarget.dataSource(ds) : GivenTarget.url((String) given.get());
        }
        String url = a != null && !a.url().isEmpty() ? a.url() : context.getConfigurationParameter(URL).orElse("");
        if (!url.isBlank()) {
            return GivenTarget.url(url.strip());
        }
        String server = a != null && !a.server().isEmpty() ? a.server()
                : context.getConfigurationParameter(SERVER).orElse("");
        String purpose = testClass.getSimpleName();
        if (!server.isBlank()) {
            return ServerTarget.create(server.strip(), purpose);
        }
        Path project = ProjectSettings.projectDir(a);
        Path stateDir = new Workspace(Settings.defaults(project), System.out).stateDir();
        SharedEmbeddedServer embedded = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
                "embedded " + stateDir, k -> new SharedEmbeddedServer(stateDir, Settings.DEFAULT_LOCK_TIMEOUT),
                SharedEmbeddedServer.class);
        return ServerTarget.create(embedded.adminUrl(), purpose);
    }

    /** The value of the class's static {@link RetortDataSource} field: a DataSource or a JDBC URL. */
    private static Optional<Object> dataSourceField(Class<?> testClass) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(testClass, RetortDataSource.class,
                ModifierSupport::isStatic);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        if (fields.size() > 1) {
            throw new ExtensionConfigurationException(testClass.getName() + " has " + fields.size()
                    + " @RetortDataSource fields; keep one");
        }
        Field f = fields.get(0);
        Object value;
        try {
            f.setAccessible(true);
            value = f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExtensionConfigurationException("cannot read @RetortDataSource field " + f, e);
        }
        if (!(value instanceof DataSource) && !(value instanceof String)) {
            throw new ExtensionConfigurationException("@RetortDataSource field " + f + " is "
                    + (value == null ? "null" : "a " + value.getClass().getName())
                    + "; it must hold a javax.sql.DataSource or a JDBC URL (String)");
        }
        return Optional.of(value);
    }

    /** The class's database in the store, dropped (when the extension made it) after the class. */
    private record ClassDatabase(RetortDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }
}
