package org.parkwatch.backend.risk.qra;

import java.util.List;

/**
 * A finished QRA run as stored.
 *
 * @param id run id (1, 2, …)
 * @param startedMs start (epoch ms)
 * @param finishedMs end (epoch ms)
 * @param trigger why it ran ({@code start}, {@code on-demand}, {@code inventory: …})
 * @param status {@code done}, {@code failed}, or {@code stopped} (interrupted when the backend
 *     stopped)
 * @param error the failure, or null
 * @param summary the one-line summary ({@link QraJson#summary}), JSON text
 * @param inputs inputs JSON text
 * @param results results JSON text, null when failed
 * @param inventories the inventories the run used (empty when failed, or when read without its
 *     inputs)
 */
public record QraRun(
        long id,
        long startedMs,
        long finishedMs,
        String trigger,
        String status,
        String error,
        String summary,
        String inputs,
        String results,
        List<QraInventory> inventories) {

    public QraRun {
        inventories = List.copyOf(inventories);
    }

    public boolean done() {
        return "done".equals(status);
    }
}
