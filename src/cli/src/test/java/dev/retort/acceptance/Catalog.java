package dev.retort.acceptance;

import dev.retort.testing.TestDatabase;

import java.util.List;

/** What the database's own catalog says: the oracle of the acceptance tests. */
final class Catalog {
    private Catalog() {
    }

    static List<String> tables(TestDatabase db) {
        return db.column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name");
    }

    static List<String> columns(TestDatabase db, String table) {
        return db.column("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    /** Applied revision ids, sorted. */
    static List<String> applied(TestDatabase db) {
        if (!versionTableExists(db)) {
            return List.of();
        }
        return db.column("SELECT revision FROM public.retort_version ORDER BY revision");
    }

    /** Current heads as recorded, sorted. */
    static List<String> heads(TestDatabase db) {
        if (!versionTableExists(db)) {
            return List.of();
        }
        return db.column("SELECT revision FROM public.retort_version WHERE is_head ORDER BY revision");
    }

    static boolean versionTableExists(TestDatabase db) {
        return db.column("SELECT to_regclass('public.retort_version') IS NOT NULL").get(0).equals("t");
    }

    /** Tables with columns, and version rows: to show that a failed command changed nothing. */
    static String snapshot(TestDatabase db) {
        StringBuilder s = new StringBuilder();
        for (String t : tables(db)) {
            s.append(t).append(columns(db, t)).append('\n');
        }
        if (versionTableExists(db)) {
            s.append(db.column("SELECT revision || ':' || checksum || ':' || is_head FROM public.retort_version ORDER BY revision"));
        }
        return s.toString();
    }
}
