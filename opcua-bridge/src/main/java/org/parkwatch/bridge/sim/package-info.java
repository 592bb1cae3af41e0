/**
 * The DCS/SIS OPC UA simulator of the demo park (issue 2, scope 3).
 *
 * <p><b>Servers.</b> One Eclipse Milo server per enterprise of park.json, since every enterprise
 * runs its own DCS: enterprise i (park.json order, from 0) listens on {@code basePort + i} at
 * {@code opc.tcp://<bind>:<port>/parkwatch/<ENT>}, application URI {@code urn:parkwatch:sim:<ENT>},
 * one namespace (the tag list's {@code namespaceUri}), a folder per equipment and a variable per
 * tag with the tag list's String node id: Double AnalogItemType (EURange, EngineeringUnits) for
 * analogue kinds, Boolean for discrete kinds. Values change every tick with a source timestamp.
 * Security None always; with security enabled also Basic256Sha256 and Aes256_Sha256_RsaPss, Sign
 * and SignAndEncrypt, with a self-signed certificate created on first start under {@code
 * <pkiDir>/<ENT>/server.pfx}. Identities: anonymous and one user name/password.
 *
 * <p><b>Model.</b> {@link org.parkwatch.bridge.sim.model.SimulationModel}: plain Java, seeded,
 * stepped each tick. <b>Scenarios.</b> {@link org.parkwatch.bridge.sim.scenario.ScenarioEngine}:
 * tank-high, sis-trip, bypass-on, gas-leak (Gaussian plume of {@code
 * org.parkwatch.model.consequence}), station-silent.
 *
 * <p><b>Running.</b> {@link org.parkwatch.bridge.sim.SimulatorMain} reads {@code
 * PARKWATCH_SIM_BIND} (127.0.0.1), {@code _BASE_PORT} (4841), {@code _CONTROL_PORT} (8088), {@code
 * _TICK_MS} (250), {@code _SEED}, {@code _PARK_DIR} (demo park from the classpath), {@code
 * _PKI_DIR} (~/.parkwatch/sim/pki), {@code _SECURITY} (true), {@code _TRUST_ALL_CLIENTS} (false:
 * client certificates must be in {@code <pkiDir>/<ENT>/trusted/certs}), {@code _USER} (parkwatch) /
 * {@code _PASSWORD} or {@code _PASSWORD_FILE} (none: username login is off until a password of 12+
 * characters is set), {@code _BENCH_TAGS} (0), or the matching {@code -Dparkwatch.sim.base-port=…}
 * system properties. HTTP control API: see {@link org.parkwatch.bridge.sim.control.ControlApi};
 * command line: {@link org.parkwatch.bridge.sim.ScenarioCli}. Tests of other modules start it with
 * {@link org.parkwatch.bridge.sim.ParkSimulator#start}.
 */
package org.parkwatch.bridge.sim;
