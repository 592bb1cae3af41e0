package org.parkwatch.model.park;

/**
 * Design alarm limits of an analogue tag as the enterprise's DCS has them (engineering units); any
 * may be null. The park's alarm definitions start from these.
 */
public record TagLimits(Double ll, Double l, Double h, Double hh) {
    public static final TagLimits NONE = new TagLimits(null, null, null, null);
}
