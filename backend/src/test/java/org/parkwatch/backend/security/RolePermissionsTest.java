package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parkwatch.backend.platform.http.Permissions;

class RolePermissionsTest {
    @Test
    void regulatorReadsEverythingAndChangesNothing() {
        for (String p :
                new String[] {
                    Permissions.LIVE_READ,
                    Permissions.ALARM_READ,
                    Permissions.HAZARD_READ,
                    Permissions.RISK_READ,
                    Permissions.AUDIT_READ,
                    Permissions.METRICS_READ,
                    Permissions.EMERGENCY_READ
                }) {
            assertTrue(RolePermissions.holds(Role.REGULATOR, p), p);
        }
        for (String p :
                new String[] {
                    Permissions.ALARM_OPERATE,
                    Permissions.ALARM_CONFIG,
                    Permissions.PERMIT_WRITE,
                    Permissions.GIS_WRITE,
                    Permissions.REGISTRY_WRITE,
                    Permissions.RISK_RUN,
                    Permissions.USER_ADMIN,
                    Permissions.EMERGENCY_COMMAND,
                    Permissions.EMERGENCY_PLAN
                }) {
            assertFalse(RolePermissions.holds(Role.REGULATOR, p), p);
        }
    }

    @Test
    void onlyAdministratorsChangeConfigurationAndUsers() {
        for (Role r : Role.values()) {
            boolean admin = r == Role.ADMIN;
            assertTrue(RolePermissions.holds(r, Permissions.ALARM_CONFIG) == admin, r.id());
            assertTrue(RolePermissions.holds(r, Permissions.USER_ADMIN) == admin, r.id());
            assertTrue(RolePermissions.holds(r, Permissions.GIS_WRITE) == admin, r.id());
            assertTrue(RolePermissions.holds(r, Permissions.EMERGENCY_PLAN) == admin, r.id());
        }
    }

    @Test
    void publicHoldsOnlyPublicAndUnknownPermissionsAreHeldByNobody() {
        assertTrue(RolePermissions.of(Role.PUBLIC).equals(java.util.List.of(Permissions.PUBLIC)));
        for (Role r : Role.values()) assertFalse(RolePermissions.holds(r, "made:up"));
        assertTrue(RolePermissions.holds(Role.OPERATOR, Permissions.ALARM_OPERATE));
        assertFalse(RolePermissions.holds(Role.ENTERPRISE, Permissions.ALARM_OPERATE));
        assertTrue(RolePermissions.holds(Role.ENTERPRISE, Permissions.PERMIT_WRITE));
    }
}
