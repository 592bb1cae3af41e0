package org.parkwatch.backend.emergency;

import io.vertx.core.json.JsonObject;
import java.sql.SQLException;

/**
 * The task board of an incident: a task moves 待办 → 进行中 → 完成 (never back), each move stamped and
 * logged in the incident log with who moved it. Calls block.
 */
final class TaskBoard {
    private final RecordTx tx;

    TaskBoard(RecordTx tx) {
        this.tx = tx;
    }

    Task moveTask(String id, String taskId, Task.Status status, String note, Actor a)
            throws SQLException {
        return tx.run(
                id,
                true,
                t -> {
                    Task old =
                            t.repo()
                                    .task(t.c, taskId)
                                    .filter(x -> x.incidentId().equals(id))
                                    .orElseThrow(
                                            () ->
                                                    new java.util.NoSuchElementException(
                                                            "no task '"
                                                                    + taskId
                                                                    + "' in incident "
                                                                    + id));
                    if (!old.status().mayBecome(status))
                        throw new ConflictException(
                                "task "
                                        + taskId
                                        + " is "
                                        + old.status().name()
                                        + " and cannot become "
                                        + status.name());
                    Long started =
                            old.startedMs() == null ? Long.valueOf(t.nowMs) : old.startedMs();
                    Long done = status == Task.Status.DONE ? Long.valueOf(t.nowMs) : null;
                    Task moved =
                            new Task(
                                    old.taskId(),
                                    id,
                                    old.actionId(),
                                    old.level(),
                                    old.groupId(),
                                    old.ownerZh(),
                                    old.ownerEn(),
                                    old.textZh(),
                                    old.textEn(),
                                    old.withinMin(),
                                    status,
                                    old.createdMs(),
                                    started,
                                    done);
                    t.repo().updateTaskStatus(t.c, moved);
                    t.log(
                            a,
                            "task." + status.name().toLowerCase(java.util.Locale.ROOT),
                            taskId,
                            new JsonObject().put("from", old.status().name()).put("note", note));
                    return moved;
                });
    }
}
