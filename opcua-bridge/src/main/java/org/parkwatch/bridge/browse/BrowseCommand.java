package org.parkwatch.bridge.browse;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.parkwatch.bridge.BridgeMain;
import org.parkwatch.bridge.client.ClientFactory;
import org.parkwatch.bridge.config.BridgeConfig.Endpoint;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Lists the variables of an OPC UA server and writes a mapping skeleton, so an engineer connects a new enterprise
 * server in minutes. Usage:
 * <pre>BrowseCommand &lt;endpointUrl&gt; [--enterprise E09] [--out bridge-E09.json] [--max-depth 10] [--max-nodes 20000]</pre>
 * Connects anonymously without security (the usual commissioning set-up); prints one line per variable
 * ({@code node | path | dataType | value}) and the skeleton to {@code --out} (default {@code bridge-<ENT>.json}).
 * Exit status 0 on success, 1 on a connection failure, 2 on bad arguments.
 */
public final class BrowseCommand {
    private BrowseCommand() {
    }

    public static void main(String[] args) {
        BridgeMain.selectLogging();
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].startsWith("opc.tcp://")) {
            err.println("usage: BrowseCommand <opc.tcp://host:port/path> [--enterprise E09] [--out file]"
                    + " [--max-depth N] [--max-nodes N]");
            return 2;
        }
        String url = args[0];
        String enterprise = "E00";
        Path outFile = null;
        int maxDepth = AddressSpaceWalker.DEFAULT_MAX_DEPTH;
        int maxNodes = AddressSpaceWalker.DEFAULT_MAX_NODES;
        try {
            for (int i = 1; i < args.length; i += 2) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) throw new IllegalArgumentException(args[i] + " needs a value");
                switch (args[i]) {
                    case "--enterprise" -> enterprise = value;
                    case "--out" -> outFile = Path.of(value);
                    case "--max-depth" -> maxDepth = Integer.parseInt(value);
                    case "--max-nodes" -> maxNodes = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("bad arguments: " + e.getMessage());
            return 2;
        }
        if (outFile == null) outFile = Path.of("bridge-" + enterprise + ".json");
        OpcUaClient client = null;
        try {
            client = ClientFactory.create(Endpoint.anonymous(url), Path.of("pki"));
            client.connect();
            AddressSpaceWalker walker = new AddressSpaceWalker(client, maxDepth, maxNodes);
            List<BrowsedVariable> vars = walker.walk();
            for (BrowsedVariable v : vars) {
                out.println(v.node() + " | " + v.path() + " | " + v.dataType() + " | " + v.value());
            }
            Files.writeString(outFile, MappingSkeleton.json(enterprise, url, vars));
            out.println(vars.size() + " variable(s)" + (walker.truncated() ? " (stopped at --max-nodes)" : "")
                    + "; mapping skeleton written to " + outFile.toAbsolutePath());
            return 0;
        } catch (Exception e) {
            err.println("cannot browse " + url + ": " + e.getMessage());
            return 1;
        } finally {
            if (client != null) {
                try {
                    client.disconnect();
                } catch (Exception ignored) {
                    // leaving anyway
                }
            }
        }
    }
}
