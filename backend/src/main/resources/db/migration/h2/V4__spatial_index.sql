CREATE SPATIAL INDEX features_geom ON features (geom);
