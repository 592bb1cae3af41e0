package org.parkwatch.backend.security;

/**
 * One login: a browser session (cookie {@code pw_session}) or a bearer token for an API client.
 *
 * @param id 256-bit random id, base64url; the cookie value or the bearer token
 * @param csrfToken synchroniser token the browser must echo in {@code X-CSRF-Token}; null for
 *     bearer tokens
 * @param expiresAtMs absolute end (12 h for sessions, {@code security.tokenHours} for tokens)
 * @param passwordChangeRequired the user logged in with a generated or administrator-set password:
 *     until it is changed, only the session routes ({@code Permissions.SESSION}) answer
 */
public record Session(
        String id,
        Kind kind,
        Principal principal,
        String displayName,
        String csrfToken,
        long createdMs,
        long expiresAtMs,
        boolean passwordChangeRequired) {

    /** How the credential travels. */
    public enum Kind {
        /** An HttpOnly cookie: ambient, so state-changing requests need the CSRF token. */
        COOKIE,
        /**
         * An {@code Authorization: Bearer} header: never sent by a browser on its own, so no CSRF
         * check.
         */
        BEARER
    }
}
