package org.parkwatch.backend.dualprevention;

/** One inspection done on a task: who, when, and whether the place was found normal. */
public record InspectionRecord(
        String id, String taskId, long tsMs, String username, boolean normal, String note) {}
