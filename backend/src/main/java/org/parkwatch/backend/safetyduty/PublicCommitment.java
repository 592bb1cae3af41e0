package org.parkwatch.backend.safetyduty;

import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;

/**
 * What the public display may show of an enterprise's commitment today: whether it declared and
 * whether it declared a safe state (no details, no names of people).
 *
 * @param safeState null when not declared
 */
public record PublicCommitment(String enterpriseId, boolean declared, Boolean safeState) {
    static final Principal PARK_VIEW = new Principal("public-display", Role.ADMIN, null);
}
