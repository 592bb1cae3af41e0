package org.parkwatch.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.model.park.ParkCatalog;

class BridgeMainTest {
    @Test
    void demoRunsOneBridgePerEnterpriseOnConsecutivePortsInParkOrder() throws Exception {
        ParkCatalog park = ParkCatalog.loadDemo();
        List<BridgeConfig> configs =
                BridgeMain.configs(new String[] {"--demo", "--insecure", "--spool", "/tmp/s"});
        assertEquals(park.enterprises().size(), configs.size());
        for (int i = 0; i < configs.size(); i++) {
            BridgeConfig c = configs.get(i);
            assertEquals(park.enterprises().get(i).id(), c.enterpriseId());
            assertEquals(
                    "opc.tcp://127.0.0.1:" + (4841 + i) + "/parkwatch/" + c.enterpriseId(),
                    c.endpoints().get(0).url());
            assertEquals("tcp://127.0.0.1:1884", c.mqtt().url());
            assertEquals(Path.of("/tmp/s", c.bridgeId()), c.spool().dir());
        }
        assertEquals(
                configs.size(),
                new HashSet<>(configs.stream().map(c -> c.mqtt().clientId()).toList()).size(),
                "client ids differ per bridge");
    }

    @Test
    void argumentsMustNameExactlyOneSource() {
        assertThrows(IllegalArgumentException.class, () -> BridgeMain.configs(new String[0]));
        assertThrows(
                IllegalArgumentException.class,
                () -> BridgeMain.configs(new String[] {"--demo", "--config", "x"}));
        assertThrows(
                IllegalArgumentException.class,
                () -> BridgeMain.configs(new String[] {"--demo", "--bogus"}));
        assertThrows(
                IllegalArgumentException.class,
                () -> BridgeMain.configs(new String[] {"--demo"}),
                "the demo is secured unless --insecure is said out loud");
    }
}
