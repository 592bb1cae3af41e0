/**
 * Live threat zones (issue 6 part 2): for a release at a place in the park, the toxic, fire and
 * explosion zone polygons in EPSG:4326 with the people, targets and installations inside and the
 * emergency resources outside; computed automatically for incidents with a known chemical (wind
 * from the live weather-station tags) and on demand ("what if"). Pure computation ({@link
 * org.parkwatch.backend.risk.zones.ZoneCalculator}, {@link
 * org.parkwatch.backend.risk.zones.ExposureAnalyser}) is separate from the incident glue, the
 * repository and the routes.
 */
package org.parkwatch.backend.risk.zones;
