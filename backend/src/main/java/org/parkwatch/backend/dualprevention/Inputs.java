package org.parkwatch.backend.dualprevention;

import java.util.List;

/** What a caller files, as parsed from a request (checked by the service). */
final class Inputs {
    private Inputs() {}

    /** A task of a risk point as filed. */
    record Task(String content, String frequency) {}

    /**
     * A risk point as filed or synced; {@code geometryJson} already checked.
     *
     * @param consequence C of LEC, S of LS
     */
    record RiskPointIn(
            String enterpriseId,
            String externalId,
            String name,
            String unitId,
            String geometryJson,
            String method,
            Double likelihood,
            Double exposure,
            Double consequence,
            List<String> measures,
            List<Task> tasks) {}

    /**
     * A hidden danger as reported or synced; {@code state}, {@code level}, {@code deadlineMs},
     * {@code responsible} only by sync (a report starts as reported).
     */
    record DangerIn(
            String enterpriseId,
            String externalId,
            String riskPointId,
            String title,
            String description,
            String geometryJson,
            String state,
            String level,
            Long deadlineMs,
            String responsible) {}

    /** A life-cycle step with what it needs (level: assess; deadline and person: assign). */
    record Step(String action, String level, Long deadlineMs, String responsible, String note) {}

    /** The counts of one sync. */
    record SyncResult(int created, int updated, int unchanged) {}
}
