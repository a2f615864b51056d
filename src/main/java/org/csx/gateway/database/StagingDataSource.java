package org.csx.gateway.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** The application's connection pool, each connection able to stage rows ({@link StagedStatements}). */
final class StagingDataSource extends DelegatingDataSource implements AutoCloseable {

    StagingDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return StagingConnection.wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return StagingConnection.wrap(super.getConnection(username, password));
    }

    /** Closes the pool with the application, as Spring would close it unwrapped. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}
