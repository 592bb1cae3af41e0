package org.parkwatch.backend.safetyduty;

import java.util.EnumMap;
import java.util.Map;

/**
 * The duty cycles of 包保责任制 as data: how often each responsible person of a major hazard
 * installation must check it. Source: 《危险化学品企业重大危险源安全包保责任制办法(试行)》, 应急厅〔2021〕12号 (the 主要负责人 at least
 * quarterly, the 技术负责人 at least monthly, the 操作负责人 at least weekly). [U] the wording and the clause
 * were not checked against the document's text here; the periods in days are our reading of "a
 * quarter" (92 d, the longest) and "a month" (31 d).
 */
public final class DutyCycles {
    /** The document the cycles come from. */
    public static final String SOURCE = "《危险化学品企业重大危险源安全包保责任制办法(试行)》应急厅〔2021〕12号";

    /** Whether the values were checked against the source's text. */
    public static final boolean VERIFIED = false;

    /** One cycle: the period in days and its wording. */
    public record Cycle(DutyRole role, int periodDays, String zh, String en) {
        public long periodMs() {
            return periodDays * 86_400_000L;
        }
    }

    private static final Map<DutyRole, Cycle> TABLE = new EnumMap<>(DutyRole.class);

    static {
        // [U] 应急厅〔2021〕12号: 主要负责人 每季度至少一次
        TABLE.put(
                DutyRole.PRINCIPAL,
                new Cycle(DutyRole.PRINCIPAL, 92, "每季度至少一次", "at least quarterly"));
        // [U] 应急厅〔2021〕12号: 技术负责人 每月至少一次
        TABLE.put(
                DutyRole.TECHNICAL,
                new Cycle(DutyRole.TECHNICAL, 31, "每月至少一次", "at least monthly"));
        // [U] 应急厅〔2021〕12号: 操作负责人 每周至少一次
        TABLE.put(
                DutyRole.OPERATION, new Cycle(DutyRole.OPERATION, 7, "每周至少一次", "at least weekly"));
    }

    private DutyCycles() {}

    public static Cycle of(DutyRole role) {
        return TABLE.get(role);
    }

    /**
     * When the next check of a person is due: a cycle after the last check, or after the person
     * took the duty ({@code sinceMs}) when there was none.
     */
    public static long dueMs(DutyRole role, long sinceMs, Long lastCheckMs) {
        long from = lastCheckMs == null ? sinceMs : Math.max(sinceMs, lastCheckMs);
        return from + of(role).periodMs();
    }

    /** True when the check is overdue at {@code nowMs} (strictly after the due time). */
    public static boolean overdue(DutyRole role, long sinceMs, Long lastCheckMs, long nowMs) {
        return nowMs > dueMs(role, sinceMs, lastCheckMs);
    }
}
