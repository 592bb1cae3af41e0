package org.parkwatch.backend.tracker;

/**
 * One figure of the platform shown against a plan task.
 *
 * @param key the figure's key in the task file ({@link FigureCatalog#KEYS})
 * @param value the figure, or null when the platform has none (its capability is not running)
 * @param textZh the value as written in zh reports ({@link FigureCatalog#NO_FIGURE_ZH} when none)
 * @param textEn the value as written in en reports
 * @param sourceZh where the figure comes from
 */
public record PlatformFigure(
        String key,
        String labelZh,
        String labelEn,
        Double value,
        String textZh,
        String textEn,
        String sourceZh,
        String sourceEn) {

    public boolean available() {
        return value != null;
    }
}
