package org.parkwatch.backend.platform.db;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract against PostgreSQL 15 + PostGIS 3 (a throw-away database per test). */
class PostgisStoreTest extends StoreContractTest {
    private static PostgisTestDatabases databases;

    @BeforeAll
    static void createTemplate() throws SQLException {
        databases = new PostgisTestDatabases();
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        if (databases != null) databases.dropAll();
    }

    @Override
    protected DatabaseOptions newDatabase(Path dir) throws SQLException {
        return DatabaseOptions.embedded(dir)
                .withUrl(databases.create())
                .withUser(PostgisTestDatabases.USER, "");
    }

    @Override
    protected void stopDatabase(Database db) throws SQLException {
        PostgisTestDatabases.stop(db.options().url());
    }

    @Override
    protected void restartDatabase(Database db) throws SQLException {
        PostgisTestDatabases.restart(db.options().url());
    }

    @Override
    protected Dialect expectedDialect() {
        return Dialect.POSTGRESQL;
    }
}
