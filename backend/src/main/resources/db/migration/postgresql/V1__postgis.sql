-- PostGIS provides the geometry type used by the common migrations; a no-op when the database already has it.
CREATE EXTENSION IF NOT EXISTS postgis;
