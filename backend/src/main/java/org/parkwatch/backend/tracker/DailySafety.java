package org.parkwatch.backend.tracker;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The daily-safety figures of one day as read once from {@link DailySafetyFigures}, so that the
 * JSON, the HTML and the DOCX of a report show the same answer.
 */
public record DailySafety(
        LocalDate day,
        Optional<DailySafetyFigures.WorkPermitDay> permits,
        Optional<DailySafetyFigures.HiddenDangerFigures> hiddenDangers,
        Optional<DailySafetyFigures.CommitmentDay> commitments,
        Optional<DailySafetyFigures.ResponsibilityFigures> responsibility) {

    /** Reads the four figures of {@code day} (blocks when the sources do). */
    public static DailySafety read(DailySafetyFigures source, LocalDate day) {
        return new DailySafety(
                day,
                source.permits(day),
                source.hiddenDangers(),
                source.commitments(day),
                source.responsibility());
    }
}
