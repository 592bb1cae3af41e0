package org.parkwatch.backend.environment;

import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.Quality;
import org.parkwatch.backend.live.TagState;

/** A tag's live value as the environment capability uses it: only a fresh, good number counts. */
final class LiveValues {

    private LiveValues() {}

    /** The value; NaN when missing, stale, bad or not a number. */
    static double number(LiveState live, String tagId) {
        TagState t = live.tag(tagId);
        if (t == null || !t.hasValue() || t.stale() || t.quality() == Quality.BAD) {
            return Double.NaN;
        }
        return t.value() instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
