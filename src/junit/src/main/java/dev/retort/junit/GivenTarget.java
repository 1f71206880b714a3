package dev.retort.junit;

import dev.retort.config.DatabaseUrl;
import dev.retort.runtime.db.Connector;
import dev.retort.runtime.db.DataSourceConnector;
import dev.retort.runtime.db.JdbcConnector;

import javax.sql.DataSource;

/** A database the test named (a URL, a DataSource): used as it is, never dropped; a reset downgrades it to base. */
final class GivenTarget implements TestTarget {
    private final Connector connector;
    private final String jdbcUrl;

    private GivenTarget(Connector connector, String jdbcUrl) {
        this.connector = connector;
        this.jdbcUrl = jdbcUrl;
    }

    static GivenTarget url(String jdbcUrl) {
        return new GivenTarget(new JdbcConnector(DatabaseUrl.parse(jdbcUrl, null, null)), jdbcUrl);
    }

    static GivenTarget dataSource(DataSource dataSource) {
        return new GivenTarget(new DataSourceConnector(dataSource), null);
    }

    @Override
    public Connector connector() {
        return connector;
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The given database's own server (Testcontainers' user may create databases), or the settings' scratch. */
    @Override
    public String scratchUrl() {
        return jdbcUrl;
    }

    @Override
    public boolean recreatable() {
        return false;
    }

    @Override
    public void recreate() {
        throw new UnsupportedOperationException("a given database is not recreated");
    }

    @Override
    public void close() {
        // the test's own database: the test closes it
    }
}
