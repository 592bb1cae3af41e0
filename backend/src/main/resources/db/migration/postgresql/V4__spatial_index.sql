CREATE INDEX features_geom ON features USING GIST (geom);
