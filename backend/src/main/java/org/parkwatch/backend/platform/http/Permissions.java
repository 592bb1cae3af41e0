package org.parkwatch.backend.platform.http;

/** Permission names of the route table; issue 7 maps roles onto them. */
public final class Permissions {
    /** No login needed: the page itself, its scripts, health. */
    public static final String PUBLIC = "public";
    /** Read alarms, their journal and KPIs, incidents, linkage packages, bypasses and permits (issue 5). */
    public static final String ALARM_READ = "alarm:read";
    /** Acknowledge, shelve and unshelve alarms (issue 5). */
    public static final String ALARM_OPERATE = "alarm:operate";
    /** Change alarm definitions (limits, priorities, delays) while running (issue 5). */
    public static final String ALARM_CONFIG = "alarm:config";
    /** Enter work permits for SIS bypasses (issue 5). */
    public static final String PERMIT_WRITE = "permit:write";
    /** Read live values, feeds and the park's layers. */
    public static final String LIVE_READ = "live:read";
    /** Import or replace map layers. */
    public static final String GIS_WRITE = "gis:write";
    /** Read Prometheus metrics. */
    public static final String METRICS_READ = "metrics:read";
    /** Read major hazard installations, chemicals, the enterprise registry and their exports (issue 4). */
    public static final String HAZARD_READ = "hazard:read";
    /** Import enterprises and installations into the registry (issue 4). */
    public static final String REGISTRY_WRITE = "registry:write";
    /** Run calculator models (pure computation, no park data). */
    public static final String CALC_RUN = "calc:run";

    private Permissions() {
    }
}
