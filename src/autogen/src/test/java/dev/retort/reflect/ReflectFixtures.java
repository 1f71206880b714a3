package dev.retort.reflect;

import dev.retort.model.SchemaModel;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/** Databases with the reflect test schemas ({@code src/test/resources/reflect/*.sql}). */
final class ReflectFixtures {
    /** The options every reflect test uses on the rich schema: the Spring Session table is filtered out. */
    static final ReflectOptions RICH_OPTIONS = ReflectOptions.defaults().excluding("spring_session*");

    private ReflectFixtures() {
    }

    /** A fresh database with {@code rich-schema.sql} and then each of the further scripts applied. */
    static TestDatabase database(String purpose, String... moreScripts) {
        TestDatabase db = TestDatabases.create(purpose);
        try {
            db.execute(script("rich-schema"));
            for (String more : moreScripts) {
                db.execute(script(more));
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static String script(String name) {
        String resource = "/reflect/" + name + ".sql";
        try (InputStream in = ReflectFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SchemaModel read(TestDatabase db, SchemaReader reader, ReflectOptions options) {
        try (Connection c = db.connect()) {
            return reader.read(c, options);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
