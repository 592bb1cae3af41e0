package org.parkwatch.backend.dualprevention;

/** One step of a hidden danger's history (reported, each action, each sync that moved it). */
public record DangerEvent(
        String hiddenDangerId,
        long tsMs,
        String username,
        String action,
        DangerState from,
        DangerState to,
        String note) {}
