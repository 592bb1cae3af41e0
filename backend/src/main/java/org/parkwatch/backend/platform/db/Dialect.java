package org.parkwatch.backend.platform.db;

/** The two databases ParkWatch runs on; the SQL differs only where this enum is consulted. */
public enum Dialect {
    /** PostgreSQL 15 + PostGIS 3 (production). */
    POSTGRESQL("postgresql"),
    /** H2 2.3 + H2GIS 2.2 (embedded default). */
    H2("h2");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        if (jdbcUrl.startsWith("jdbc:h2:")) return H2;
        throw new IllegalArgumentException("unsupported JDBC URL: " + jdbcUrl);
    }

    /**
     * Flyway locations: the common folder plus this database's folder (spatial index syntax,
     * partitioning).
     */
    public String[] migrationLocations() {
        return new String[] {
            "classpath:db/migration/common", "classpath:db/migration/" + migrationFolder
        };
    }
}
