package org.parkwatch.model.uplink;

/**
 * Birth, death and last-will message of a bridge, published retained on {@link
 * UplinkTopics#status}.
 *
 * @param state {@code online} when the bridge connects, {@code offline} on an orderly stop, {@code
 *     lost} as the MQTT last will (the broker publishes it when the bridge vanishes)
 * @param serversUp OPC UA servers this bridge is connected to at the moment of the message
 * @param servers OPC UA servers configured
 */
public record FeedStatus(
        String enterpriseId, String bridgeId, String state, long ms, int serversUp, int servers) {
    public static final String ONLINE = "online";
    public static final String OFFLINE = "offline";
    public static final String LOST = "lost";
}
