package org.parkwatch.backend.security;

import io.vertx.ext.web.RoutingContext;
import java.util.Objects;

/**
 * The authenticated caller of one request: set on the routing context by the authentication handler
 * in front of every route whose permission is not {@code public} (issue 7). Handlers scope their
 * answers with {@link #sees(String)}; they never decide permissions themselves (the route table
 * does).
 *
 * @param username login name; "public" for the anonymous caller
 * @param role the caller's role
 * @param enterpriseId the enterprise an {@link Role#ENTERPRISE} user is bound to (e.g. "E01"); null
 *     for other roles
 */
public record Principal(String username, Role role, String enterpriseId) {
    /** Key of the principal in {@link RoutingContext#get(String)}. */
    public static final String CONTEXT_KEY = "parkwatch.principal";

    /** The caller of a public route: sees no enterprise data. */
    public static final Principal ANONYMOUS = new Principal("public", Role.PUBLIC, null);

    public Principal {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.ENTERPRISE && (enterpriseId == null || enterpriseId.isBlank())) {
            throw new IllegalArgumentException("an enterprise user needs an enterprise id");
        }
        if (role != Role.ENTERPRISE && enterpriseId != null) {
            throw new IllegalArgumentException("only enterprise users are bound to an enterprise");
        }
    }

    /**
     * The principal of this request. Routes whose permission is {@code public} have none and get
     * {@link #ANONYMOUS}, which sees no enterprise data, so a scoped handler on a public route
     * leaks nothing.
     */
    public static Principal of(RoutingContext ctx) {
        Principal p = ctx.get(CONTEXT_KEY);
        return p == null ? ANONYMOUS : p;
    }

    /** True when the caller's view is limited to one enterprise. */
    public boolean scoped() {
        return role == Role.ENTERPRISE || role == Role.PUBLIC;
    }

    /**
     * May this caller see data owned by {@code ownerEnterpriseId}? Park roles see everything; an
     * enterprise user sees only its own enterprise; the anonymous caller sees none. Park-level data
     * (owner null, e.g. the park's weather station) is visible to every logged-in role.
     */
    public boolean sees(String ownerEnterpriseId) {
        return switch (role) {
            case ADMIN, OPERATOR, REGULATOR -> true;
            case ENTERPRISE -> ownerEnterpriseId == null || enterpriseId.equals(ownerEnterpriseId);
            case PUBLIC -> false;
        };
    }
}
