package org.parkwatch.backend.ingest.uplink;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.parkwatch.backend.platform.json.SourceJson;

/**
 * The JSON of {@value UplinkCredentialStore#FILE_NAME}: reads its credentials and writes them back,
 * pretty-printed.
 */
final class UplinkCredentialJson {

    private UplinkCredentialJson() {}

    /**
     * The credentials in file order, each id checked ({@link UplinkCredentialStore#checkSegment}).
     *
     * @param file the file's name for messages
     * @throws IOException naming the file and the bad entry
     */
    static List<UplinkCredential> read(String text, String file) throws IOException {
        Object root;
        try {
            root = SourceJson.decode(text);
        } catch (SourceJson.SyntaxException e) {
            throw new IOException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        if (!(root instanceof JsonObject o)
                || !(o.getValue("bridges") instanceof JsonArray bridges)) {
            throw new IOException(file + ": expected {\"version\":1,\"bridges\":[...]}");
        }
        List<UplinkCredential> out = new ArrayList<>();
        for (int i = 0; i < bridges.size(); i++) {
            String where = file + ": bridges[" + i + "]";
            JsonObject n =
                    bridges.getValue(i) instanceof JsonObject entry ? entry : new JsonObject();
            String bridgeId = text(n, "bridgeId", "");
            String enterpriseId = text(n, "enterpriseId", "");
            UplinkCredentialStore.checkSegment(where + ".bridgeId", bridgeId);
            UplinkCredentialStore.checkSegment(where + ".enterpriseId", enterpriseId);
            if (!UplinkCredentialStore.ALGORITHM.equals(n.getValue("algorithm"))) {
                throw new IOException(
                        where + ".algorithm: must be " + UplinkCredentialStore.ALGORITHM);
            }
            String hash = text(n, "hash", "");
            String salt = text(n, "salt", "");
            int iterations = n.getValue("iterations") instanceof Number it ? it.intValue() : 0;
            if (hash.isEmpty() || salt.isEmpty() || iterations < 1) {
                throw new IOException(where + ": hash, salt and iterations (>= 1) are required");
            }
            long createdMs = n.getValue("createdMs") instanceof Number ms ? ms.longValue() : 0;
            List<String> tags = new ArrayList<>();
            Object listed = n.getValue("tags");
            if (listed != null && !(listed instanceof JsonArray))
                throw new IOException(where + ".tags: must be a list");
            if (listed instanceof JsonArray a) {
                for (Object t : a) {
                    if (!(t instanceof String id) || id.isBlank()) {
                        throw new IOException(where + ".tags: tag ids must be text");
                    }
                    tags.add(id);
                }
            }
            out.add(
                    new UplinkCredential(
                            bridgeId,
                            enterpriseId,
                            text(n, "username", bridgeId),
                            new PasswordHash.Hashed(hash, salt, iterations),
                            createdMs,
                            tags));
        }
        return out;
    }

    /** {@code {"version":1,"bridges":[…]}}, pretty-printed. */
    static String write(Collection<UplinkCredential> credentials) {
        JsonArray arr = new JsonArray();
        for (UplinkCredential c : credentials) {
            JsonObject entry =
                    new JsonObject()
                            .put("bridgeId", c.bridgeId())
                            .put("enterpriseId", c.enterpriseId())
                            .put("username", c.username())
                            .put("algorithm", UplinkCredentialStore.ALGORITHM)
                            .put("hash", c.password().hash())
                            .put("salt", c.password().salt())
                            .put("iterations", c.password().iterations())
                            .put("createdMs", c.createdMs());
            if (!c.tags().isEmpty()) entry.put("tags", new JsonArray(c.tags()));
            arr.add(entry);
        }
        return new JsonObject().put("version", 1).put("bridges", arr).encodePrettily();
    }

    private static String text(JsonObject o, String field, String fallback) {
        Object v = o.getValue(field);
        return v == null || v instanceof JsonObject || v instanceof JsonArray
                ? fallback
                : v.toString();
    }
}
