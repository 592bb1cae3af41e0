package org.parkwatch.backend.safetyduty;

import java.util.List;
import java.util.Map;

/**
 * An enterprise's daily safety commitment (安全承诺公告) for one local day.
 *
 * @param day the park's local date, ISO ({@code 2026-12-07})
 * @param declaredMs when it was declared, epoch ms
 * @param specialWork special work planned for the day by kind ({@link #SPECIAL_WORK_KINDS}), count
 * @param startups units starting up today; {@code shutdowns} shutting down
 * @param turnaround a turnaround (大检修) is under way
 * @param safeState the enterprise declares itself in a safe state
 * @param responsible the person making the commitment (a name)
 */
public record Commitment(
        String enterpriseId,
        String day,
        long declaredMs,
        int unitsRunning,
        int unitsStopped,
        boolean hazardsControlled,
        Map<String, Integer> specialWork,
        int startups,
        int shutdowns,
        boolean turnaround,
        boolean safeState,
        String responsible,
        String filedBy) {

    /**
     * The eight kinds of special work of GB 30871-2022 (特殊作业): 动火, 受限空间, 盲板抽堵, 高处, 吊装, 临时用电, 动土,
     * 断路.
     */
    public static final List<String> SPECIAL_WORK_KINDS =
            List.of("hot", "confined", "blind", "height", "lifting", "power", "earth", "road");

    public Commitment {
        specialWork = Map.copyOf(specialWork);
    }

    /** Special work of every kind, summed. */
    public int specialWorkTotal() {
        return specialWork.values().stream().mapToInt(Integer::intValue).sum();
    }
}
