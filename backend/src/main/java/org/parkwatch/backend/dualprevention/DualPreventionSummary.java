package org.parkwatch.backend.dualprevention;

import java.util.List;

/**
 * The park's dual-prevention figures at one moment: the park's, each enterprise's (sorted by id)
 * and the open major hidden dangers (the 重大隐患 list).
 */
public record DualPreventionSummary(
        long atMs,
        DualPreventionFigures park,
        List<DualPreventionFigures> enterprises,
        List<HiddenDanger> majorOpen) {}
