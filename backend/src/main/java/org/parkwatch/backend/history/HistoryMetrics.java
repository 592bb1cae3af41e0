package org.parkwatch.backend.history;

import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;

/** The history's gauges on /metrics: chunks, write-ahead log, bytes a sample and disk per tier. */
public final class HistoryMetrics {
    private HistoryMetrics() {}

    public static void register(ParkWatchMetrics metrics, HistoryWriter writer) {
        metrics.gauge(
                "parkwatch.history.chunks.written",
                "raw chunks committed since start",
                () -> writer.stats().chunksWritten());
        metrics.gauge(
                "parkwatch.history.wal.bytes",
                "bytes in the history write-ahead log",
                () -> writer.stats().walBytes());
        metrics.gauge(
                "parkwatch.history.recovered",
                "samples replayed from the write-ahead log at start",
                () -> writer.stats().recovered());
        metrics.gauge(
                "parkwatch.history.bytes.per.sample",
                "disk bytes per raw sample (table, toast, indexes)",
                () -> writer.usage().bytesPerSample());
        metrics.gauge(
                "parkwatch.history.disk.raw.bytes",
                "disk bytes of the raw chunks",
                () -> writer.usage().rawBytes());
        metrics.gauge(
                "parkwatch.history.disk.minute.bytes",
                "disk bytes of the 1-minute rollups",
                () -> writer.usage().minuteBytes());
        metrics.gauge(
                "parkwatch.history.migration.days.done",
                "days of the old tag_history converted to chunks",
                () -> writer.migrationProgress()[0]);
        metrics.gauge(
                "parkwatch.history.migration.days.total",
                "days of the old tag_history found at start",
                () -> writer.migrationProgress()[1]);
        metrics.gauge(
                "parkwatch.history.disk.hour.bytes",
                "disk bytes of the 1-hour rollups",
                () -> writer.usage().hourBytes());
    }
}
