package org.parkwatch.model.consequence;

/**
 * A validity warning attached to a model result: a stable machine code plus Chinese and English
 * text.
 *
 * @param code stable machine code, e.g. {@code LOW_WIND}
 * @param textZh message in zh-CN (default language)
 * @param textEn message in English
 */
public record Warning(String code, String textZh, String textEn) {

    /** Builds the warning of a code with its standard texts. */
    public static Warning of(WarningCode code) {
        return new Warning(code.name(), code.textZh(), code.textEn());
    }

    /**
     * Builds the warning of a code with a detail appended to both texts (e.g. the offending value).
     */
    public static Warning of(WarningCode code, String detail) {
        return new Warning(
                code.name(),
                code.textZh() + "（" + detail + "）",
                code.textEn() + " (" + detail + ")");
    }
}
