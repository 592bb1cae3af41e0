package org.parkwatch.backend.emergency;

/**
 * Who did something to a command record, as the incident log names them: the logged-in user (never
 * a name sent in a request) and their address, or the platform itself.
 */
public record Actor(String username, String role, String source) {
    /** The platform acting on its own (an incident opened, a proposal made). */
    public static final Actor SYSTEM = new Actor("system", "system", "-");
}
