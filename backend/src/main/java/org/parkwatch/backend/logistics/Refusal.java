package org.parkwatch.backend.logistics;

/**
 * Why the park refused something a vehicle terminal sent; each one a counter in {@code /metrics}.
 */
enum Refusal {
    /** The frame was not valid JT/T 808 (check code, escape, truncated, oversized). */
    MALFORMED_FRAME,
    /** A message other than registration or authentication before authentication. */
    UNAUTHENTICATED,
    /** A message naming another terminal than the one authenticated on this connection. */
    IMPERSONATION,
    /** A message body that could not be parsed. */
    BAD_BODY,
    /** A position without a valid fix (status bit 1 clear): kept off the map. */
    NO_FIX,
    /** A registration outside the terminal's enrolment window, or from an unknown terminal. */
    REGISTRATION_REFUSED,
    /** A wrong authentication code. */
    AUTH_FAILED,
    /** A message id the park does not handle. */
    UNSUPPORTED
}
