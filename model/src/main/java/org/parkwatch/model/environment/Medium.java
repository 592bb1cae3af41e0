package org.parkwatch.model.environment;

import java.util.Set;

/** Where a limit applies, with the units its values may be written in. */
public enum Medium {
    /** Ambient air (环境空气), GB 3095-2012. */
    AMBIENT(Set.of("μg/m³", "mg/m³")),
    /** Enterprise boundary / fence line (企业边界、厂界), sector standards. */
    FENCE_LINE(Set.of("μg/m³", "mg/m³")),
    /** Wastewater outfall (废水排放口), GB 8978-1996 or the discharge permit. */
    WASTEWATER(Set.of("mg/L", "pH"));

    private final Set<String> units;

    Medium(Set<String> units) {
        this.units = units;
    }

    /** The unit spellings a limit of this medium may use. */
    public Set<String> units() {
        return units;
    }
}
