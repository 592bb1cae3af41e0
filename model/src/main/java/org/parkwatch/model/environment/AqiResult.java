package org.parkwatch.model.environment;

import java.util.List;
import org.parkwatch.model.consequence.Warning;

/**
 * An AQI with what HJ 633-2012 §4–5 publishes alongside it.
 *
 * @param aqi AQI = max IAQI (eq. 2); 0 when no item was given
 * @param level level, category and colour (Table 2, Appendix A)
 * @param subIndices the IAQI of every item that took part, in {@link AqiItem} order
 * @param primary 首要污染物: the items whose IAQI equals the AQI, only when AQI &gt; 50 (§4.3); empty
 *     otherwise
 * @param exceeding 超标污染物: items with IAQI &gt; 100 (§3.5)
 * @param warnings rules of the standard that changed the result (substitutions, caps)
 */
public record AqiResult(
        int aqi,
        AqiLevel level,
        List<SubIndex> subIndices,
        List<AqiItem> primary,
        List<AqiItem> exceeding,
        List<Warning> warnings) {

    public AqiResult {
        subIndices = List.copyOf(subIndices);
        primary = List.copyOf(primary);
        exceeding = List.copyOf(exceeding);
        warnings = List.copyOf(warnings);
    }
}
