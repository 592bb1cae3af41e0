package org.parkwatch.backend.logistics;

import java.util.List;

/**
 * A vehicle terminal the park knows.
 *
 * @param phone the terminal phone number, digits without leading zeros (its JT/T 808 identity)
 * @param plate the vehicle's licence plate, e.g. 豫A12345
 * @param carrier the hazmat carrier (运输企业) operating the vehicle
 * @param enterpriseIds the park enterprises it serves (loading or unloading); their users see it
 * @param authHash SHA-256 (hex) of its authentication code, or null before it enrolled
 * @param enrolUntilMs end of its enrolment window (epoch ms), or 0 when closed
 */
public record TerminalRecord(
        String phone,
        String plate,
        String carrier,
        List<String> enterpriseIds,
        String authHash,
        long enrolUntilMs) {
    public TerminalRecord {
        enterpriseIds = List.copyOf(enterpriseIds);
    }

    boolean enrolmentOpen(long nowMs) {
        return enrolUntilMs > nowMs;
    }

    TerminalRecord enrolled(String hash) {
        return new TerminalRecord(phone, plate, carrier, enterpriseIds, hash, 0);
    }
}
