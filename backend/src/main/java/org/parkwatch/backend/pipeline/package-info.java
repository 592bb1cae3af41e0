/**
 * The park's pipelines (issue 16, scope 6; Henan plan task 8): safety distances per pipeline class
 * as data with their sources, the encroachment check of buildings and facilities within the
 * distances (a spatial query in the database, H2GIS and PostGIS alike), and pipeline patrols (巡线)
 * with their GPS tracks and the coverage of each pipeline segment.
 */
package org.parkwatch.backend.pipeline;
