package org.parkwatch.backend.logistics;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.hazard.EnterpriseSite;
import org.parkwatch.backend.hazard.ParkLayerReader;
import org.parkwatch.model.park.ParkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's gate devices ({@code ./parkwatch demo}, key {@code logistics.gates.demoSecretsDir}):
 * one per gate of the park's fence ({@code roads} layer, kind {@code gate}) and one at each
 * enterprise's site. Missing ones are provisioned at start like an administrator would, each secret
 * written to a file of its own (owner-only) for the gate simulator; nothing is a default secret,
 * and a device provisioned before whose file is gone is left alone (logged).
 */
final class DemoGatesReader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoGatesReader.class);

    /** A demo gate to provision. */
    record Spec(String id, String nameZh, String nameEn, String siteId) {}

    private DemoGatesReader() {}

    static List<Spec> of(ParkCatalog park) {
        List<Spec> out = new ArrayList<>();
        for (JsonObject f : ParkLayerReader.features(ParkLayerReader.layer(park, "roads"))) {
            JsonObject p = f.getJsonObject("properties", new JsonObject());
            if (!"gate".equals(p.getString("kind")) || f.getString("id") == null) continue;
            out.add(
                    new Spec(
                            f.getString("id"),
                            p.getString("nameZh", f.getString("id")),
                            p.getString("nameEn", f.getString("id")),
                            GateService.PARK));
        }
        for (EnterpriseSite s : ParkSitesReader.enterpriseSites(park)) {
            out.add(new Spec(s.id() + "-GATE", s.nameZh() + " 门岗", s.nameEn() + " gate", s.id()));
        }
        return out;
    }

    /** Provisions the missing demo gates, writing each new secret to {@code dir/<id>}. */
    static void provisionMissing(GateService gates, List<Spec> specs, Path dir, long nowMs)
            throws Exception {
        Files.createDirectories(dir);
        for (Spec s : specs) {
            Path file = dir.resolve(s.id());
            if (gates.device(s.id()).isPresent()) {
                if (!Files.exists(file))
                    LOG.warn("demo gate {} exists but its secret file {} is gone", s.id(), file);
                continue;
            }
            String secret =
                    gates.provision(s.id(), s.nameZh(), s.nameEn(), s.siteId(), nowMs, "demo");
            write(file, secret);
        }
    }

    private static void write(Path file, String secret) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(
                    file,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system
        }
        Files.writeString(file, secret, StandardCharsets.UTF_8);
    }
}
