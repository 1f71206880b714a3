package dev.retort.runtime.lock;

import java.time.Instant;

/**
 * The backend holding the migration lock, from {@code pg_locks} and {@code pg_stat_activity}.
 *
 * @param pid             backend process id
 * @param applicationName its {@code application_name}
 * @param clientAddress   client address, or null for a local socket
 * @param since           when its current transaction or session began
 */
public record LockHolder(int pid, String applicationName, String clientAddress, Instant since) {

    public String describe() {
        return "backend pid " + pid + " (application '" + (applicationName == null ? "" : applicationName)
                + "', client " + (clientAddress == null ? "local socket" : clientAddress)
                + (since == null ? "" : ", connected since " + since) + ")";
    }
}
