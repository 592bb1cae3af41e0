package org.parkwatch.bridge.browse;

/**
 * A Variable found while browsing a server.
 *
 * @param node node id with namespace URI, e.g. {@code nsu=urn:dcs:E01;s=TK101.LT}
 * @param path browse names from the Objects folder down, joined by {@code /}
 * @param dataType browse name of the data type (Double, Boolean…); {@code ?} when unreadable
 * @param value current value as text; empty when null or unreadable
 * @param displayName the DisplayName attribute's text; empty when the server gives none
 * @param description the Description attribute's text; empty when the server gives none
 * @param unit the display name of the EngineeringUnits property (e.g. {@code m}, {@code degC});
 *     empty if none
 * @param rangeLow EURange low (instrument range), engineering units; NaN when the server publishes
 *     no EURange
 * @param rangeHigh EURange high, engineering units; NaN when the server publishes no EURange
 */
public record BrowsedVariable(
        String node,
        String path,
        String dataType,
        String value,
        String displayName,
        String description,
        String unit,
        double rangeLow,
        double rangeHigh) {

    /** A variable known only by node, path, type and value (no names, units or range). */
    public BrowsedVariable(String node, String path, String dataType, String value) {
        this(node, path, dataType, value, "", "", "", Double.NaN, Double.NaN);
    }

    public boolean hasRange() {
        return !Double.isNaN(rangeLow) && !Double.isNaN(rangeHigh) && rangeHigh > rangeLow;
    }
}
