package dev.retort.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A tablespace in shared memory ({@code /dev/shm}) for the scratch databases of an embedded server: creating
 * and dropping a thousand tables there takes a third of the time it takes on disk, since each table is several
 * files. The server runs with {@code fsync} off and the scratch databases are dropped after each command, so
 * nothing there needs to survive; after a reboot (the folder gone) the tablespace is made again. Where there
 * is no writable {@code /dev/shm}, or anything fails, the server's default tablespace is used.
 */
final class MemoryTablespace {
    static final String NAME = "retort_scratch_memory";
    private static final Path SHARED_MEMORY = Path.of("/dev/shm");

    private MemoryTablespace() {
    }

    /** The tablespace's name, ready on {@code admin}'s server whose data folder is {@code data}; null if none. */
    static String ready(Connection admin, Path data) {
        return ready(admin, data, SHARED_MEMORY);
    }

    static String ready(Connection admin, Path data, Path memory) {
        if (!Files.isDirectory(memory) || !Files.isWritable(memory)) {
            return null;
        }
        Path folder = memory.resolve("retort-scratch-" + hash(data.toAbsolutePath().normalize().toString()));
        try {
            String location = location(admin);
            if (location != null && location.equals(folder.toString()) && Files.isDirectory(folder)) {
                return NAME;
            }
            try (Statement s = admin.createStatement()) {
                if (location != null) {
                    s.execute("DROP TABLESPACE " + NAME); // its folder went with a reboot
                }
                if (Files.exists(folder)) {
                    dev.retort.io.Trees.deleteQuietly(folder);
                }
                Files.createDirectories(folder);
                s.execute("CREATE TABLESPACE " + NAME + " LOCATION '" + folder.toString().replace("'", "''") + "'");
            }
            return NAME;
        } catch (SQLException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static String location(Connection admin) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement(
                "SELECT pg_catalog.pg_tablespace_location(oid) FROM pg_catalog.pg_tablespace WHERE spcname = ?")) {
            ps.setString(1, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String hash(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
