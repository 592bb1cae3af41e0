package org.parkwatch.backend.security;

import io.vertx.core.json.JsonObject;

/**
 * Something to write into the audit log, before it gets its place in the chain.
 *
 * @param tsMs epoch ms
 * @param source the caller's network address
 * @param action e.g. {@code login.ok}, {@code login.failed}, {@code logout}, {@code POST
 *     /api/alarms/:id/ack}
 * @param target what was acted on (the request path, a user name)
 * @param detail what changed: request body with secrets redacted, status, reason
 */
public record AuditEvent(
        long tsMs,
        String username,
        String role,
        String source,
        String action,
        String target,
        JsonObject detail) {}
