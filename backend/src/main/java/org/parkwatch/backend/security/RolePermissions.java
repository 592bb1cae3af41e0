package org.parkwatch.backend.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

/**
 * The role → permission matrix of issue 7, as data: which {@link Permissions} each {@link Role}
 * holds. A permission that is not listed in {@link #KNOWN} is unknown to the matrix, and a route
 * that asks for one stops the start ({@link #checkRoutes}), so a capability cannot add a route
 * nobody has thought about.
 */
public final class RolePermissions {
    /** Every permission the matrix knows; the administrator holds all of them. */
    public static final Set<String> KNOWN =
            Set.of(
                    Permissions.PUBLIC,
                    Permissions.DEVICE,
                    Permissions.ALARM_READ,
                    Permissions.ALARM_OPERATE,
                    Permissions.ALARM_RESPOND,
                    Permissions.ALARM_CONFIG,
                    Permissions.PERMIT_WRITE,
                    Permissions.PERMIT_APPROVE,
                    Permissions.LIVE_READ,
                    Permissions.GIS_WRITE,
                    Permissions.METRICS_READ,
                    Permissions.HAZARD_READ,
                    Permissions.REGISTRY_WRITE,
                    Permissions.CALC_RUN,
                    Permissions.RISK_READ,
                    Permissions.RISK_RUN,
                    Permissions.SESSION,
                    Permissions.AUDIT_READ,
                    Permissions.USER_ADMIN,
                    Permissions.ENVIRONMENT_READ,
                    Permissions.ENVIRONMENT_TRACE,
                    Permissions.LOGISTICS_READ,
                    Permissions.LOGISTICS_ADMIN,
                    Permissions.LOGISTICS_WAYBILL,
                    Permissions.LOGISTICS_GATE,
                    Permissions.CHEMICAL_LOTS_READ,
                    Permissions.CHEMICAL_LOTS_WRITE,
                    Permissions.PIPELINE_READ,
                    Permissions.PIPELINE_PATROL,
                    Permissions.NOTIFY_READ,
                    Permissions.NOTIFY_CONFIG,
                    Permissions.DUTY_WRITE,
                    Permissions.EMERGENCY_READ,
                    Permissions.EMERGENCY_COMMAND,
                    Permissions.EMERGENCY_PLAN,
                    Permissions.TRACKER_READ,
                    Permissions.TRACKER_WRITE,
                    Permissions.DUAL_PREVENTION_READ,
                    Permissions.DUAL_PREVENTION_WRITE,
                    Permissions.SAFETY_DUTY_READ,
                    Permissions.SAFETY_DUTY_WRITE,
                    Permissions.WORK_PERMIT_READ,
                    Permissions.WORK_PERMIT_WRITE,
                    Permissions.WORK_PERMIT_SPOT_CHECK);

    private static final Map<Role, Set<String>> MATRIX =
            new EnumMap<>(
                    Map.of(
                            Role.ADMIN, KNOWN,
                            // the control room reads everything and acts on alarms and permits, but
                            // changes no configuration
                            Role.OPERATOR,
                                    Set.of(
                                            Permissions.PUBLIC,
                                            Permissions.LIVE_READ,
                                            Permissions.ALARM_READ,
                                            Permissions.ALARM_OPERATE,
                                            Permissions.ALARM_RESPOND,
                                            Permissions.PERMIT_WRITE,
                                            Permissions.PERMIT_APPROVE,
                                            Permissions.HAZARD_READ,
                                            Permissions.CALC_RUN,
                                            Permissions.RISK_READ,
                                            Permissions.RISK_RUN,
                                            Permissions.METRICS_READ,
                                            Permissions.SESSION,
                                            Permissions.ENVIRONMENT_READ,
                                            Permissions.ENVIRONMENT_TRACE,
                                            Permissions.LOGISTICS_READ,
                                            Permissions.LOGISTICS_WAYBILL,
                                            Permissions.LOGISTICS_GATE,
                                            Permissions.CHEMICAL_LOTS_READ,
                                            Permissions.PIPELINE_READ,
                                            Permissions.PIPELINE_PATROL,
                                            Permissions.NOTIFY_READ,
                                            Permissions.DUTY_WRITE,
                                            Permissions.EMERGENCY_READ,
                                            Permissions.EMERGENCY_COMMAND,
                                            Permissions.TRACKER_READ,
                                            Permissions.TRACKER_WRITE,
                                            Permissions.DUAL_PREVENTION_READ,
                                            Permissions.DUAL_PREVENTION_WRITE,
                                            Permissions.SAFETY_DUTY_READ,
                                            Permissions.WORK_PERMIT_READ,
                                            Permissions.WORK_PERMIT_WRITE,
                                            Permissions.WORK_PERMIT_SPOT_CHECK),
                            // the regulator reads everything, including the audit log, and changes
                            // nothing but its own tracker's progress entries (issue 15)
                            Role.REGULATOR,
                                    Set.of(
                                            Permissions.PUBLIC,
                                            Permissions.LIVE_READ,
                                            Permissions.ALARM_READ,
                                            Permissions.HAZARD_READ,
                                            Permissions.CALC_RUN,
                                            Permissions.RISK_READ,
                                            Permissions.AUDIT_READ,
                                            Permissions.METRICS_READ,
                                            Permissions.SESSION,
                                            Permissions.ENVIRONMENT_READ,
                                            Permissions.ENVIRONMENT_TRACE,
                                            Permissions.LOGISTICS_READ,
                                            Permissions.CHEMICAL_LOTS_READ,
                                            Permissions.PIPELINE_READ,
                                            Permissions.NOTIFY_READ,
                                            Permissions.EMERGENCY_READ,
                                            Permissions.TRACKER_READ,
                                            Permissions.TRACKER_WRITE,
                                            Permissions.DUAL_PREVENTION_READ,
                                            Permissions.SAFETY_DUTY_READ,
                                            Permissions.WORK_PERMIT_READ,
                                            Permissions.WORK_PERMIT_SPOT_CHECK),
                            // an enterprise user works on its own plant only (acknowledges and
                            // answers its own alarms, issue 18);
                            // Principal.sees does the scoping in the handlers
                            Role.ENTERPRISE,
                                    Set.of(
                                            Permissions.PUBLIC,
                                            Permissions.LIVE_READ,
                                            Permissions.ALARM_READ,
                                            Permissions.ALARM_RESPOND,
                                            Permissions.HAZARD_READ,
                                            Permissions.PERMIT_WRITE,
                                            Permissions.CALC_RUN,
                                            Permissions.SESSION,
                                            Permissions.ENVIRONMENT_READ,
                                            Permissions.LOGISTICS_READ,
                                            Permissions.LOGISTICS_WAYBILL,
                                            Permissions.CHEMICAL_LOTS_READ,
                                            Permissions.CHEMICAL_LOTS_WRITE,
                                            Permissions.EMERGENCY_READ,
                                            Permissions.DUAL_PREVENTION_READ,
                                            Permissions.DUAL_PREVENTION_WRITE,
                                            Permissions.SAFETY_DUTY_READ,
                                            Permissions.SAFETY_DUTY_WRITE,
                                            Permissions.WORK_PERMIT_READ,
                                            Permissions.WORK_PERMIT_WRITE),
                            Role.PUBLIC, Set.of(Permissions.PUBLIC)));

    private RolePermissions() {}

    /** Does {@code role} hold {@code permission}? False for a permission unknown to the matrix. */
    public static boolean holds(Role role, String permission) {
        return MATRIX.get(role).contains(permission);
    }

    /**
     * The permissions of a role, sorted (for the login reply, so the web can hide what the role
     * lacks).
     */
    public static List<String> of(Role role) {
        return List.copyOf(new TreeSet<>(MATRIX.get(role)));
    }

    /**
     * @throws IllegalStateException naming every route whose permission the matrix does not know
     */
    public static void checkRoutes(List<RouteSpec> table) {
        List<String> bad = new ArrayList<>();
        for (RouteSpec r : table) {
            if (r.permission() == null || !KNOWN.contains(r.permission())) {
                bad.add(r.method() + " " + r.path() + " needs '" + r.permission() + "'");
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalStateException(
                    "routes with a permission unknown to the role matrix "
                            + "(add it to RolePermissions): "
                            + String.join("; ", bad));
        }
    }
}
