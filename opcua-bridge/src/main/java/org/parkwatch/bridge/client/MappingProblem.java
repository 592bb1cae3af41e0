package org.parkwatch.bridge.client;

/**
 * A mapping the bridge cannot read, with the reason, e.g. an unknown node id or namespace.
 *
 * @param status OPC UA StatusCode (unsigned 32-bit) also sent to the park as the tag's status
 */
public record MappingProblem(String tagId, String node, long status, String reason) {
    @Override
    public String toString() {
        return tagId + " (" + node + "): " + reason;
    }
}
