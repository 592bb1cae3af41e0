package org.parkwatch.backend.platform.http;

/** Permission names of the route table; issue 7 maps roles onto them. */
public final class Permissions {
    /** No login needed: the page itself, its scripts, health. */
    public static final String PUBLIC = "public";

    /**
     * No user login: a device (a gate, issue 16) authenticates itself in the handler with its own
     * credential, and a user's session or token is no such credential (401).
     */
    public static final String DEVICE = "device";

    /**
     * Read alarms, their journal and KPIs, incidents, linkage packages, bypasses and permits (issue
     * 5).
     */
    public static final String ALARM_READ = "alarm:read";

    /** Shelve and unshelve alarms (issue 5), close incidents with a reason (issue 18). */
    public static final String ALARM_OPERATE = "alarm:operate";

    /**
     * Acknowledge alarms (one, a selection, an incident's) and reply with feedback on them (issue
     * 18): park operators on every alarm, enterprise users on their own ({@code TenantScope} in the
     * handlers).
     */
    public static final String ALARM_RESPOND = "alarm:respond";

    /** Change alarm definitions (limits, priorities, delays) while running (issue 5). */
    public static final String ALARM_CONFIG = "alarm:config";

    /** Enter work permits for SIS bypasses (issue 5). */
    public static final String PERMIT_WRITE = "permit:write";

    /** Approve a requested SIS bypass permit: the park only (operator, administrator). */
    public static final String PERMIT_APPROVE = "permit:approve";

    /** Read live values, feeds and the park's layers. */
    public static final String LIVE_READ = "live:read";

    /** Import or replace map layers. */
    public static final String GIS_WRITE = "gis:write";

    /** Read Prometheus metrics. */
    public static final String METRICS_READ = "metrics:read";

    /**
     * Read major hazard installations, chemicals, the enterprise registry and their exports (issue
     * 4).
     */
    public static final String HAZARD_READ = "hazard:read";

    /** Import enterprises and installations into the registry (issue 4). */
    public static final String REGISTRY_WRITE = "registry:write";

    /** Run calculator models (pure computation, no park data). */
    public static final String CALC_RUN = "calc:run";

    /**
     * Read park QRA results (contours, F–N, GB 36894 checks, relocation list) and threat zones
     * (issue 6).
     */
    public static final String RISK_READ = "risk:read";

    /**
     * Recompute the park QRA, change its inputs (wind rose), run "what if" threat zones (issue 6).
     */
    public static final String RISK_RUN = "risk:run";

    /**
     * Any logged-in user, whatever the role: the session itself (who am I, log out, change own
     * password).
     */
    public static final String SESSION = "session";

    /** Read the audit log (issue 7). */
    public static final String AUDIT_READ = "audit:read";

    /** Create, change and lock users (issue 7). */
    public static final String USER_ADMIN = "user:admin";

    /** Read the environment: AQI of the air stations (issue 17). */
    public static final String ENVIRONMENT_READ = "environment:read";

    /**
     * Back-trace a pollution episode to candidate sources of every enterprise (issue 17; park roles
     * only).
     */
    public static final String ENVIRONMENT_TRACE = "environment:trace";

    /** See the hazmat trucks on the map (issue 16; enterprise users: the trucks serving them). */
    public static final String LOGISTICS_READ = "logistics:read";

    /** Provision vehicle terminals and read the JT/T 808 server's counters (issue 16). */
    public static final String LOGISTICS_ADMIN = "logistics:admin";

    /** File electronic waybills (issue 16): the park, or an enterprise for its own trips. */
    public static final String LOGISTICS_WAYBILL = "logistics:waybill";

    /** Check a hazmat truck's entry at a gate and read the gate's decisions (issue 16). */
    public static final String LOGISTICS_GATE = "logistics:gate";

    /**
     * Read toxic and explosive-precursor chemical lots, their balances and the ledger's chain check
     * (issue 16; enterprise users: their own lots).
     */
    public static final String CHEMICAL_LOTS_READ = "lots:read";

    /** File lot receipts and events (issue 16): an enterprise for its own lots, administrators. */
    public static final String CHEMICAL_LOTS_WRITE = "lots:write";

    /**
     * Read the pipelines with their safety distances, encroachments and patrol coverage (issue 16;
     * park roles).
     */
    public static final String PIPELINE_READ = "pipeline:read";

    /** File pipeline patrols (巡线) with their GPS tracks (issue 16; park operators). */
    public static final String PIPELINE_PATROL = "pipeline:patrol";

    /**
     * Read the on-duty roster, notification messages and their delivery, the duty log and the daily
     * duty report (issue 14): park roles only.
     */
    public static final String NOTIFY_READ = "notify:read";

    /** Replace the on-duty roster (issue 14). */
    public static final String NOTIFY_CONFIG = "notify:config";

    /** Write the duty log and acknowledge messages in the UI (issue 14): the control room. */
    public static final String DUTY_WRITE = "duty:write";

    /**
     * Read emergency plans, resources and the command records of incidents (issue 14; enterprise
     * users: their own incidents' records only).
     */
    public static final String EMERGENCY_READ = "emergency:read";

    /**
     * Take the commander's steps on an incident: confirm, decide and change the level, escalate,
     * move tasks, dispatch resources, issue material, evacuate, all clear, drills (issue 14; park
     * operators and administrators).
     */
    public static final String EMERGENCY_COMMAND = "emergency:command";

    /** Import and edit emergency plans (issue 14; administrators). */
    public static final String EMERGENCY_PLAN = "emergency:plan";

    /**
     * Read the regulator's tracker: the Henan plan's tasks, their progress, the platform's figures
     * and the quarterly report (issue 15; park roles only).
     */
    public static final String TRACKER_READ = "tracker:read";

    /**
     * File progress entries on the plan's tasks (issue 15): the regulator and the park's control
     * room, each entry audited.
     */
    public static final String TRACKER_WRITE = "tracker:write";

    /**
     * Read risk points, inspection tasks, hidden dangers, their photos, statistics and map layer
     * (issue 15, dual prevention; enterprise users: their own).
     */
    public static final String DUAL_PREVENTION_READ = "dual:read";

    /**
     * File risk points, inspections and hidden dangers, move hidden dangers through their life
     * cycle, attach photos and sync from an enterprise's own system (issue 15): an enterprise for
     * its own, park operators and administrators.
     */
    public static final String DUAL_PREVENTION_WRITE = "dual:write";

    /**
     * Read major-hazard responsibility, the daily safety commitments and the unit calendar (issue
     * 15; enterprise users: their own).
     */
    public static final String SAFETY_DUTY_READ = "safetyduty:read";

    /**
     * File responsibility checks, the daily safety commitment and unit start-ups, shutdowns and
     * turnarounds (issue 15): an enterprise for its own, administrators.
     */
    public static final String SAFETY_DUTY_WRITE = "safetyduty:write";

    /**
     * Read special work permits (特殊作业, GB 30871-2022), their statistics, map layer, cameras, spot
     * checks and live cross-checks (issue 15; enterprise users: their own permits).
     */
    public static final String WORK_PERMIT_READ = "workpermit:read";

    /**
     * File, update, import and move special work permits through their states (issue 15): an
     * enterprise for its own permits, park operators and administrators for any.
     */
    public static final String WORK_PERMIT_WRITE = "workpermit:write";

    /**
     * Record a video spot check of a special work permit (issue 15): park operators, regulators and
     * administrators.
     */
    public static final String WORK_PERMIT_SPOT_CHECK = "workpermit:spotcheck";

    private Permissions() {}
}
