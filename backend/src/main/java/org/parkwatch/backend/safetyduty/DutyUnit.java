package org.parkwatch.backend.safetyduty;

import java.util.List;

/**
 * A unit the calendar knows, and which alarms belong to it: every alarm on a tag starting with one
 * of {@code tagPrefixes} (from the park's {@code safety-duty.json}; e.g. {@code E01.U300.} covers
 * the synthesis furnace's pressure and temperature, not the gas detectors around it, which must
 * keep watching during a shutdown).
 */
public record DutyUnit(
        String unitId,
        String enterpriseId,
        String nameZh,
        String nameEn,
        List<String> tagPrefixes) {
    public DutyUnit {
        tagPrefixes = List.copyOf(tagPrefixes);
    }
}
