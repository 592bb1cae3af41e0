package org.parkwatch.bridge.sim.scenario;

/**
 * Takes an enterprise's simulated OPC UA server down and brings it back (the station-silent
 * scenario's "down" mode).
 */
public interface ServerControl {
    void stopServer(String enterpriseId);

    void startServer(String enterpriseId);

    /** A control that cannot stop servers (model-only use). */
    ServerControl NONE =
            new ServerControl() {
                @Override
                public void stopServer(String enterpriseId) {
                    throw new IllegalStateException(
                            "station-silent mode=down needs running OPC UA servers; this simulator"
                                    + " runs the model only — use mode=freeze");
                }

                @Override
                public void startServer(String enterpriseId) {}
            };
}
