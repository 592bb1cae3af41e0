package org.parkwatch.backend.tracker;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;
import org.parkwatch.backend.security.Principal;

/**
 * The tracker's logic: the plan tasks (from the task file), their progress entries (from the
 * repository), their status and overdue flag, and their platform figures for a quarter. Checks a
 * progress entry before anything is written. Blocking (database, figure ports).
 */
public final class TrackerService {
    /** Longest progress entry text, characters (the column's size). */
    public static final int MAX_TEXT = 2000;

    private final List<PlanTask> tasks;
    private final Map<String, PlanTask> byId = new LinkedHashMap<>();
    private final TrackerRepository repository;
    private final PlatformFigures figures;
    private final DailySafetyFigures dailySafety;
    private final ZoneId zone;
    private final LongSupplier clockMs;

    public TrackerService(
            List<PlanTask> tasks,
            TrackerRepository repository,
            PlatformFigures figures,
            DailySafetyFigures dailySafety,
            ZoneId zone,
            LongSupplier clockMs) {
        this.tasks = List.copyOf(tasks);
        this.tasks.forEach(t -> byId.put(t.id(), t));
        this.repository = repository;
        this.figures = figures;
        this.dailySafety = dailySafety;
        this.zone = zone;
        this.clockMs = clockMs;
    }

    public List<PlanTask> tasks() {
        return tasks;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The park day now. */
    public LocalDate today() {
        return LocalDate.ofInstant(Instant.ofEpochMilli(clockMs.getAsLong()), zone);
    }

    /**
     * Files a progress entry by the caller.
     *
     * @throws NoSuchElementException for an unknown task
     * @throws IllegalArgumentException for an empty or too long text or a percentage outside 0–100
     */
    public ProgressEntry addProgress(Principal p, String taskId, String text, Integer percent)
            throws SQLException {
        if (!byId.containsKey(taskId))
            throw new NoSuchElementException(
                    "no task '" + taskId + "' in the plan (任务编号不存在): one of " + byId.keySet());
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT)
            throw new IllegalArgumentException(
                    "text: 1 to " + MAX_TEXT + " characters are needed (进展说明不能为空)");
        if (percent == null || percent < 0 || percent > 100)
            throw new IllegalArgumentException(
                    "percent: a whole number from 0 to 100 is needed, not "
                            + percent
                            + " (进度应为 0–100)");
        return repository.add(
                new ProgressEntry(
                        0,
                        taskId,
                        clockMs.getAsLong(),
                        p.username(),
                        p.role().id(),
                        text.strip(),
                        percent));
    }

    /** Every task with its progress and the platform's figures for {@code quarter}. */
    public TrackerOverview overview(Quarter quarter) throws SQLException {
        Map<String, List<ProgressEntry>> entries = new LinkedHashMap<>();
        for (ProgressEntry e : repository.all())
            entries.computeIfAbsent(e.taskId(), k -> new ArrayList<>()).add(e);
        LocalDate today = today();
        FigureCatalog.Snapshot snap =
                new FigureCatalog.Snapshot(figures, quarter.fromMs(zone), quarter.toMs(zone), zone);
        List<TaskView> views = new ArrayList<>();
        for (PlanTask t : tasks) {
            List<ProgressEntry> es = entries.getOrDefault(t.id(), List.of());
            int percent = es.isEmpty() ? t.initialPercent() : es.get(es.size() - 1).percent();
            TaskStatus status = es.isEmpty() ? t.initialStatus() : TaskStatus.ofPercent(percent);
            boolean overdue = status != TaskStatus.DONE && t.deadline().isBefore(today);
            views.add(new TaskView(t, status, percent, overdue, es, snap.figures(t)));
        }
        return new TrackerOverview(
                quarter,
                today,
                clockMs.getAsLong(),
                zone.getId(),
                views,
                DailySafety.read(dailySafety, today));
    }
}
