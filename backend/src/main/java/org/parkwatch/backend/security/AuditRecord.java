package org.parkwatch.backend.security;

import io.vertx.core.json.JsonObject;

/**
 * One row of the audit log (migration V12) with its place in the hash chain.
 *
 * @param seq 1, 2, 3 … without gaps
 * @param detail JSON text
 * @param prevHash hash of the previous record, 64 zeros for the first
 * @param hash {@link AuditChain#hash}
 */
public record AuditRecord(
        long seq,
        long tsMs,
        String username,
        String role,
        String source,
        String action,
        String target,
        String detail,
        String prevHash,
        String hash) {

    public JsonObject toJson() {
        return new JsonObject()
                .put("seq", seq)
                .put("ts", tsMs)
                .put("username", username)
                .put("role", role)
                .put("source", source)
                .put("action", action)
                .put("target", target)
                .put("detail", new JsonObject(detail))
                .put("prevHash", prevHash)
                .put("hash", hash);
    }
}
