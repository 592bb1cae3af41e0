package org.parkwatch.model.park;

/**
 * One tag of an enterprise as listed in gis-data: where it is read (OPC UA node) and what it
 * belongs to.
 *
 * @param id park-wide id, {@code <enterpriseId>.<equipment>.<signal>}, e.g. {@code E01.TK101.LT}
 * @param node OPC UA node id with namespace URI, e.g. {@code nsu=urn:parkwatch:sim:E01;s=TK101.LT}
 * @param kind what it measures
 * @param unit engineering unit (UCUM-like: m, degC, kPa, m3/h, ppm, %LEL, m/s, deg, ug/m3, mg/L);
 *     "" for discrete
 * @param min lower end of the instrument range
 * @param max upper end of the instrument range
 * @param featureId the gis-data feature the tag belongs to (tank, detector, station…)
 * @param samplingMs expected sampling interval; stale detection works from it
 * @param deadband absolute deadband for the OPC UA subscription, engineering units (0 = every
 *     change)
 * @param limits design alarm limits
 */
public record TagDefinition(
        String id,
        String node,
        TagKind kind,
        String unit,
        double min,
        double max,
        String featureId,
        String nameZh,
        String nameEn,
        int samplingMs,
        double deadband,
        TagLimits limits) {

    public TagDefinition {
        if (limits == null) limits = TagLimits.NONE;
    }

    public String enterpriseId() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
