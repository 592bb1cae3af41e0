package org.parkwatch.backend.emergency;

/**
 * One task of an incident, generated from a plan action when a level is decided.
 *
 * @param taskId {@code <incident>/<action>}
 * @param withinMin target minutes from the decision, null when the plan sets none
 */
public record Task(
        String taskId,
        String incidentId,
        String actionId,
        String level,
        String groupId,
        String ownerZh,
        String ownerEn,
        String textZh,
        String textEn,
        Integer withinMin,
        Status status,
        long createdMs,
        Long startedMs,
        Long doneMs) {

    /** 待办 → 进行中 → 完成; a task may go straight from to-do to done, never back. */
    public enum Status {
        TODO("待办", "to do"),
        DOING("进行中", "in progress"),
        DONE("完成", "done");

        private final String nameZh;
        private final String nameEn;

        Status(String nameZh, String nameEn) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }

        public String nameZh() {
            return nameZh;
        }

        public String nameEn() {
            return nameEn;
        }

        /** May a task in this status move to {@code next}? */
        public boolean mayBecome(Status next) {
            return next.ordinal() > ordinal();
        }

        /** Parses {@code todo}, {@code doing}, {@code done} (or 待办/进行中/完成). */
        public static Status parse(String text) {
            for (Status s : values())
                if (s.name().equalsIgnoreCase(text) || s.nameZh.equals(text)) return s;
            throw new IllegalArgumentException(
                    "status must be todo, doing or done (待办/进行中/完成) but was '" + text + "'");
        }
    }
}
