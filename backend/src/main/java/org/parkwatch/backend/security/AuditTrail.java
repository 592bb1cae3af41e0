package org.parkwatch.backend.security;

/**
 * Where security-relevant events go: {@link AuditLog} in the running backend. Must not block the
 * caller.
 */
@FunctionalInterface
public interface AuditTrail {
    void record(AuditEvent event);
}
