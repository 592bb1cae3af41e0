package org.parkwatch.bridge.pki;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.parkwatch.bridge.BridgeMain;
import org.parkwatch.bridge.client.ClientCertificate;

/**
 * {@code ./parkwatch pki list|trust} on an OPC UA PKI folder (the bridge's, or one enterprise
 * folder of the simulator's): lists the own, trusted and rejected certificates, and approves
 * rejected ones by moving them from {@code rejected/certs} to {@code trusted/certs}, which a
 * running bridge or simulator picks up at its next connection attempt. Exit code 2 for bad usage.
 */
public final class PkiCommand {
    static final String USAGE =
            """
            usage: parkwatch pki list [--dir <pki folder>]
                   parkwatch pki trust <file name|SHA-1 thumbprint prefix|all> [--dir <pki folder>]
              the folder defaults to the demo bridge's (data/bridge-pki); the simulator's: data/sim-pki/<ENT>""";

    private final Path dir;
    private final PrintStream out;

    PkiCommand(Path dir, PrintStream out) {
        this.dir = dir;
        this.out = out;
    }

    public static void main(String[] args) {
        BridgeMain.selectLogging(); // the bridge's quiet log configuration, not Milo's debug
        List<String> rest = new ArrayList<>();
        Path dir = Path.of("data", "bridge-pki");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dir") && i + 1 < args.length) dir = Path.of(args[++i]);
            else rest.add(args[i]);
        }
        System.exit(new PkiCommand(dir, System.out).run(rest));
    }

    int run(List<String> args) {
        try {
            if (args.isEmpty()) throw new IllegalArgumentException("no command");
            switch (args.get(0)) {
                case "list" -> list();
                case "trust" -> {
                    if (args.size() != 2)
                        throw new IllegalArgumentException(
                                "trust needs one file, thumbprint or all");
                    trust(args.get(1));
                }
                default ->
                        throw new IllegalArgumentException("unknown command '" + args.get(0) + "'");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("parkwatch pki: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (Exception e) {
            System.err.println("parkwatch pki: " + e.getMessage());
            return 1;
        }
    }

    private void list() throws Exception {
        out.println("PKI folder " + dir.toAbsolutePath());
        Path own = dir.resolve(ClientCertificate.CERT);
        if (Files.exists(own)) section("own", List.of(own));
        section("trusted", files(trusted()));
        section("rejected (approve with: parkwatch pki trust <file|all>)", files(rejected()));
    }

    private void section(String title, List<Path> files) throws Exception {
        out.println(title + ":");
        if (files.isEmpty()) out.println("  (none)");
        for (Path f : files) out.println("  " + describe(f));
    }

    /**
     * Moves matching rejected certificates to trusted; @throws IllegalArgumentException when none
     * matches
     */
    private void trust(String which) throws Exception {
        List<Path> candidates = files(rejected());
        List<Path> chosen = new ArrayList<>();
        for (Path f : candidates) {
            if (which.equals("all")
                    || f.getFileName().toString().equals(which)
                    || Path.of(which).getFileName().toString().equals(f.getFileName().toString())
                    || which.length() >= 8
                            && thumbprint(ClientCertificate.readCertificate(f))
                                    .startsWith(which.toLowerCase())) {
                chosen.add(f);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(
                    "no rejected certificate matches '"
                            + which
                            + "' in "
                            + rejected()
                            + (candidates.isEmpty() ? " (it is empty)" : ""));
        }
        Files.createDirectories(trusted());
        for (Path f : chosen) {
            String d = describe(f);
            Files.move(f, trusted().resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            out.println("trusted " + d);
        }
    }

    private Path trusted() {
        return dir.resolve("trusted").resolve("certs");
    }

    private Path rejected() {
        return dir.resolve("rejected").resolve("certs");
    }

    private static List<Path> files(Path d) throws IOException {
        if (!Files.isDirectory(d)) return List.of();
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** File name, subject, application URI, SHA-1 thumbprint and expiry of a certificate file. */
    static String describe(Path f) {
        try {
            X509Certificate c = ClientCertificate.readCertificate(f);
            return f.getFileName()
                    + "  "
                    + c.getSubjectX500Principal().getName()
                    + "  uri="
                    + CertificateUtil.getSanUri(c).orElse("-")
                    + "  sha1="
                    + thumbprint(c)
                    + "  valid until "
                    + c.getNotAfter().toInstant();
        } catch (Exception e) {
            return f.getFileName() + "  (not a certificate: " + e.getMessage() + ")";
        }
    }

    /** SHA-1 thumbprint in lower-case hex, as OPC UA tools show it. */
    public static String thumbprint(X509Certificate c) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(c.getEncoded()));
    }
}
