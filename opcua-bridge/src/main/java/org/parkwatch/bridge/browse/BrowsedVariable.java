package org.parkwatch.bridge.browse;

/**
 * A Variable found while browsing a server.
 *
 * @param node     node id with namespace URI, e.g. {@code nsu=urn:dcs:E01;s=TK101.LT}
 * @param path     browse names from the Objects folder down, joined by {@code /}
 * @param dataType browse name of the data type (Double, Boolean…); {@code ?} when unreadable
 * @param value    current value as text; empty when null or unreadable
 */
public record BrowsedVariable(String node, String path, String dataType, String value) {
}
