package org.parkwatch.bridge.browse;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.parkwatch.bridge.BridgeMain;
import org.parkwatch.bridge.client.ClientFactory;
import org.parkwatch.bridge.client.ConnectProblems;
import org.parkwatch.bridge.config.BridgeConfig.Endpoint;

/**
 * Lists the variables of an OPC UA server and writes a mapping skeleton, so an engineer connects a
 * new enterprise server in minutes. Usage:
 *
 * <pre>
 * BrowseCommand &lt;endpointUrl&gt; [--enterprise E09] [--out bridge-E09.json] [--max-depth 10] [--max-nodes 20000]
 * </pre>
 *
 * Connects anonymously without security (the usual commissioning set-up); prints one line per
 * variable ({@code node | path | dataType | value | name | unit | range}), the skeleton to {@code
 * --out} (default {@code bridge-<ENT>.json}) and the park tag list to {@code --tags-out} (default
 * {@code tags-<ENT>.json} beside it). Exit status 0 on success, 1 on a connection failure, 2 on bad
 * arguments.
 */
public final class BrowseCommand {
    private BrowseCommand() {}

    public static void main(String[] args) {
        BridgeMain.selectLogging();
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status (see the class comment). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].startsWith("opc.tcp://")) {
            err.println(
                    "usage: BrowseCommand <opc.tcp://host:port/path> [--enterprise E09] [--out file]"
                            + " [--tags-out file] [--max-depth N] [--max-nodes N]");
            return 2;
        }
        String url = args[0];
        String enterprise = "E00";
        Path outFile = null;
        Path tagsFile = null;
        int maxDepth = AddressSpaceWalker.DEFAULT_MAX_DEPTH;
        int maxNodes = AddressSpaceWalker.DEFAULT_MAX_NODES;
        try {
            for (int i = 1; i < args.length; i += 2) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) throw new IllegalArgumentException(args[i] + " needs a value");
                switch (args[i]) {
                    case "--enterprise" -> enterprise = value;
                    case "--out" -> outFile = Path.of(value);
                    case "--tags-out" -> tagsFile = Path.of(value);
                    case "--max-depth" -> maxDepth = Integer.parseInt(value);
                    case "--max-nodes" -> maxNodes = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println(
                    "bad arguments: "
                            + e.getMessage()
                            + " (numbers for --max-depth and --max-nodes)");
            return 2;
        }
        if (outFile == null) outFile = Path.of("bridge-" + enterprise + ".json");
        if (tagsFile == null) tagsFile = outFile.resolveSibling("tags-" + enterprise + ".json");
        OpcUaClient client = null;
        try {
            client = ClientFactory.create(Endpoint.anonymous(url), Path.of("pki"));
            client.connect();
            AddressSpaceWalker walker = new AddressSpaceWalker(client, maxDepth, maxNodes);
            List<BrowsedVariable> vars = walker.walk();
            for (BrowsedVariable v : vars) {
                out.println(
                        v.node()
                                + " | "
                                + v.path()
                                + " | "
                                + v.dataType()
                                + " | "
                                + v.value()
                                + " | "
                                + v.displayName()
                                + " | "
                                + v.unit()
                                + " | "
                                + (v.hasRange() ? v.rangeLow() + "…" + v.rangeHigh() : ""));
            }
            Files.writeString(outFile, MappingSkeleton.json(enterprise, url, vars));
            Files.writeString(tagsFile, MappingSkeleton.tagListJson(enterprise, vars));
            out.println(
                    vars.size()
                            + " variable(s)"
                            + (walker.truncated() ? " (stopped at --max-nodes)" : "")
                            + "; mapping skeleton written to "
                            + outFile.toAbsolutePath()
                            + ", park tag list (names, units,"
                            + " ranges, proposed kinds and limits) to "
                            + tagsFile.toAbsolutePath());
            return 0;
        } catch (IOException e) {
            err.println("cannot write the skeleton: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println(
                    "cannot browse "
                            + url
                            + ": "
                            + ConnectProblems.explain(e, url, Path.of("pki")));
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
