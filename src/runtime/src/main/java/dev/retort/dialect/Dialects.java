package dev.retort.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the {@link Dialect} for a JDBC URL among those registered with {@link ServiceLoader}. */
public final class Dialects {
    private Dialects() {
    }

    public static List<Dialect> all() {
        List<Dialect> out = new ArrayList<>();
        ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).forEach(out::add);
        return out;
    }

    /**
     * @throws UnsupportedDatabaseException naming the URL's scheme and the dialects available
     */
    public static Dialect forUrl(String jdbcUrl) {
        List<Dialect> all = all();
        for (Dialect d : all) {
            if (d.accepts(jdbcUrl)) {
                return d;
            }
        }
        throw new UnsupportedDatabaseException(jdbcUrl, all.stream().map(Dialect::name).toList());
    }
}
