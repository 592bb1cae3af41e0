package org.parkwatch.backend.pipeline;

/**
 * One safety distance of a pipeline class: the band from the centre line out to {@code distanceM}
 * on each side (beyond the next smaller zone of the class).
 *
 * @param distanceM metres each side of the centre line; null when no source gives a value (the
 *     class is then not checked)
 * @param severity {@code violation} (forbidden there) or {@code permit} (allowed with approval)
 * @param source the clause cited, ending in its status tag ([V], [P], [U])
 */
public record SafetyZone(
        String id, Double distanceM, String severity, String ruleZh, String ruleEn, String source) {

    /** The status tag at the end of the source ({@code U} when it has none). */
    public String status() {
        int open = source == null ? -1 : source.lastIndexOf('[');
        if (open < 0 || !source.endsWith("]")) return "U";
        return source.substring(open + 1, source.length() - 1);
    }
}
